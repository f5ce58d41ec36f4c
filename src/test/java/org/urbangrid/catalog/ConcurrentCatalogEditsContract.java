package org.urbangrid.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Two administrators editing the catalogue at once: both succeed or one gets 409, never a 500. */
abstract class ConcurrentCatalogEditsContract extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger(80);

    @Autowired
    Catalog catalog;

    @Autowired
    Organization organization;

    @BeforeEach
    void users() {
        CatalogUsers.ensure(organization);
    }

    /** A local class code no other test on this database uses. */
    String freshLocalClass() {
        while (true) {
            var code = "E21%02d".formatted(NEXT.getAndIncrement());
            if (catalog.findClass(code).isEmpty()) {
                return code;
            }
        }
    }

    @Test
    void two_admins_adding_a_condition_to_one_class_at_once_both_get_their_own_number() throws Exception {
        var code = freshLocalClass();
        assertThat(api.post(CatalogUsers.ADMIN, "/api/catalog/classes", CatalogApiTest.newClass(code, "并发测试类",
                CatalogApiTest.condition("第一条", 1, "WORK_DAYS")))).hasStatus(201);
        for (int round = 0; round < 5; round++) {
            var results = parallel(2, i -> api.post(i == 0 ? CatalogUsers.ADMIN : "admin",
                    "/api/catalog/classes/{code}/conditions", CatalogApiTest.condition("并发条件" + i, 2, "WORK_HOURS"), code));
            // The class row is locked while a number is taken, so both additions succeed, one after the other.
            results.forEach(r -> assertThat(r.getResponse().getStatus()).as(Api.body(r)).isEqualTo(201));
            var created = results.stream().map(r -> Api.<String>read(r, "$.code")).toList();
            assertThat(created).doesNotHaveDuplicates();
        }
        var codes = catalog.conditionsOf(code).stream().map(FilingCondition::code).toList();
        assertThat(codes).doesNotHaveDuplicates().hasSize(1 + 2 * 5).first().isEqualTo(code + "-01");
    }

    @Test
    void two_admins_creating_the_same_local_class_at_once_get_201_and_409() throws Exception {
        var code = freshLocalClass();
        var body = CatalogApiTest.newClass(code, "同时新建", CatalogApiTest.condition("条件", 1, "WORK_DAYS"));
        var results = parallel(2, i -> api.post(i == 0 ? CatalogUsers.ADMIN : "admin", "/api/catalog/classes", body));
        var statuses = results.stream().map(r -> r.getResponse().getStatus()).sorted().toList();
        assertThat(statuses).as(results.stream().map(Api::body).toList().toString()).containsExactly(201, 409);
        assertThat(catalog.conditionsOf(code)).hasSize(1);
    }

    private static List<MvcTestResult> parallel(int n, IntFunction<MvcTestResult> call) throws Exception {
        var barrier = new CyclicBarrier(n);
        var futures = new ArrayList<CompletableFuture<MvcTestResult>>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    barrier.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return call.apply(index);
            }));
        }
        var results = new ArrayList<MvcTestResult>();
        for (var future : futures) {
            results.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        return results;
    }
}

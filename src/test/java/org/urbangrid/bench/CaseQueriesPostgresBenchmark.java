package org.urbangrid.bench;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.urbangrid.support.PostgresDatabase;

/** {@link CaseQueriesBenchmark} on PostgreSQL: {@code mvn -Pbench test -Dtest=CaseQueriesPostgresBenchmark}. */
class CaseQueriesPostgresBenchmark extends CaseQueriesBenchmark {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresDatabase::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }
}

package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseMove.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

/**
 * Many refreshes at once — of the same case and of cases sharing rollup rows — leave the rollups exactly as one
 * derivation would: the case row lock serializes a case, rollup rows are moved in key order.
 */
abstract class LedgerConcurrencyContract extends IntegrationTest {

    @Autowired
    CaseManagement management;
    @Autowired
    Organization organization;
    @Autowired
    PhotoStore photos;
    @Autowired
    Grids grids;
    @Autowired
    IndicatorSource source;
    @Autowired
    Recount recount;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;

    CaseLives lives;

    @AfterEach
    void signOut() {
        if (lives != null) {
            lives.signOut();
        }
    }

    @Test
    void concurrent_refreshes_leave_the_rollups_as_one_derivation_would() throws Exception {
        lives = new CaseLives(management, organization, photos, grids, clock);
        var ids = new ArrayList<Long>();
        for (int n = 0; n < 6; n++) {
            lives.at(LocalDateTime.of(2035, 1, 8 + n, 9, 0));
            long id = lives.inspectorReport("inspector", CaseLives.GRID);
            lives.move("operator", id, ACCEPT);
            lives.move("shiftleader", id, FILE);
            lives.move("dispatcher", id, DISPATCH);
            if (n % 2 == 0) {
                lives.move("handler", id, REPORT_HANDLED);
            }
            ids.add(id);
        }
        lives.signOut();
        LedgerSettled.await(jdbc);
        var period = Period.parse("2035-01");
        var before = snapshot(period);

        for (int round = 0; round < 3; round++) {
            jdbc.sql("update assessment_case set history_size = -1 where case_id in (:ids)").param("ids", ids).update();
            var pool = Executors.newFixedThreadPool(6);
            var jobs = new ArrayList<Callable<Void>>();
            var random = new Random(round);
            for (int t = 0; t < 6; t++) {
                var order = new ArrayList<>(ids);
                Collections.shuffle(order, random);
                jobs.add(() -> {
                    order.forEach(ledger::refresh);
                    return null;
                });
            }
            for (var f : pool.invokeAll(jobs)) {
                f.get(); // rethrows a failed refresh
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(snapshot(period)).as("round " + round).isEqualTo(before);
        }
        var recounted = recount.figures(SubjectKind.DEPARTMENT, period);
        long sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
        var fast = source.figures(SubjectKind.DEPARTMENT, period).stream()
                .filter(f -> f.subject().id().equals(Long.toString(sanitation))).findFirst().orElseThrow();
        assertThat(fast.figures().get(org.urbangrid.assessment.Indicator.HANDLE_RATE).numerator())
                .isEqualTo(recounted.get(Long.toString(sanitation)).figures()
                        .get(org.urbangrid.assessment.Indicator.HANDLE_RATE)[0])
                .isEqualTo(3);
    }

    private List<String> snapshot(Period period) {
        var rows = new ArrayList<String>();
        for (var kind : SubjectKind.values()) {
            for (var f : source.figures(kind, period)) {
                f.figures().forEach((i, fig) -> rows.add(kind + " " + f.subject().id() + " " + i + " "
                        + fig.numerator() + "/" + fig.denominator()));
                rows.add(kind + " " + f.subject().id() + " cases " + f.caseCount());
            }
        }
        Collections.sort(rows);
        return rows;
    }
}

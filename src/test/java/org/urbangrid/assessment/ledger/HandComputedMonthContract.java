package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.Indicator.*;
import static org.urbangrid.cases.CaseMove.*;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.IndicatorSource.Part;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectFigures;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

/**
 * A hand-computed month (March 2032, and April for the case that crosses the month end): ten cases lived through
 * the real moves, each indicator's numerator and denominator worked out by hand beforehand (see the comments:
 * C1 … C10), then read from the ledger, from the recount and through the cases behind a figure.
 */
abstract class HandComputedMonthContract extends IntegrationTest {

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
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CaseLives lives;

    @AfterEach
    void signOut() {
        if (lives != null) {
            lives.signOut();
        }
    }

    static LocalDateTime t(String day, String time) {
        return LocalDateTime.parse("2032-" + day + "T" + time);
    }

    @Test
    void every_indicator_of_a_hand_computed_month() {
        lives = new CaseLives(management, organization, photos, grids, clock);
        var l = lives;
        long inspector = l.id("inspector");
        long sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
        long other = organization.departments().stream().filter(d -> d.active() && d.id() != sanitation)
                .findFirst().orElseThrow().id();
        var g = CaseLives.GRID;

        // C1 Wed 03-10: every stage on time, closed.
        l.at(t("03-10", "09:00"));
        long c1 = l.inspectorReport("inspector", g);
        step(l, "03-10", "09:02", "operator", c1, ACCEPT);
        step(l, "03-10", "09:05", "shiftleader", c1, FILE);
        step(l, "03-10", "09:10", "dispatcher", c1, DISPATCH);        // handle due 14:40
        step(l, "03-10", "10:00", "handler", c1, REPORT_HANDLED);
        step(l, "03-10", "10:05", "operator", c1, SEND_TO_CHECK);
        step(l, "03-10", "10:20", "inspector", c1, CHECK_PASS);
        step(l, "03-10", "10:30", "shiftleader", c1, CLOSE);

        // C2 Thu 03-11: accepted late, dispatched late, handled late, reworked, closed late.
        l.at(t("03-11", "09:00"));
        long c2 = l.inspectorReport("inspector", g);
        step(l, "03-11", "09:30", "operator", c2, ACCEPT);             // due 09:10: late
        step(l, "03-11", "09:35", "shiftleader", c2, FILE);
        step(l, "03-11", "10:30", "dispatcher", c2, DISPATCH);         // due 10:05: late; handle due 16:00
        step(l, "03-12", "09:00", "handler", c2, REPORT_HANDLED);      // late
        step(l, "03-12", "09:10", "operator", c2, SEND_TO_CHECK);
        step(l, "03-12", "09:20", "inspector", c2, CHECK_FAIL);        // rework: handle #2 due 14:50
        step(l, "03-12", "10:00", "handler", c2, REPORT_HANDLED);
        step(l, "03-12", "10:05", "operator", c2, SEND_TO_CHECK);
        step(l, "03-12", "10:10", "inspector", c2, CHECK_PASS);
        step(l, "03-12", "11:00", "shiftleader", c2, CLOSE);           // due 10:40: late

        // C3 Mon 03-15: extended, then suspended, still suspended at the end.
        l.at(t("03-15", "09:00"));
        long c3 = l.inspectorReport("inspector", g);
        step(l, "03-15", "09:01", "operator", c3, ACCEPT);
        step(l, "03-15", "09:02", "shiftleader", c3, FILE);
        step(l, "03-15", "09:03", "dispatcher", c3, DISPATCH);
        l.at(t("03-15", "09:30"));
        l.move("handler", c3, REQUEST_EXTENSION, null, null, CaseLives.workHours(2));
        step(l, "03-15", "09:40", "dispatcher", c3, APPROVE_REQUEST);
        step(l, "03-15", "10:00", "handler", c3, REQUEST_SUSPENSION);
        step(l, "03-15", "10:10", "dispatcher", c3, APPROVE_REQUEST);

        // C4 Tue 03-16: returned in time, dispatched again (late) to another department, which never handles it.
        l.at(t("03-16", "09:00"));
        long c4 = l.inspectorReport("inspector", g);
        step(l, "03-16", "09:01", "operator", c4, ACCEPT);
        step(l, "03-16", "09:02", "shiftleader", c4, FILE);
        step(l, "03-16", "09:03", "dispatcher", c4, DISPATCH);
        step(l, "03-16", "09:30", "handler", c4, REQUEST_RETURN);
        step(l, "03-16", "09:40", "dispatcher", c4, APPROVE_REQUEST);  // dispatch #2 due 10:10
        l.at(t("03-16", "10:30"));
        l.move("dispatcher", c4, DISPATCH, other, null, null);         // late; handle due 16:00, never met

        // C5 Wed 03-17: a hotline call, verified in time, filed, then cancelled.
        l.at(t("03-17", "09:00"));
        long c5 = l.hotlineReport(g);
        l.at(t("03-17", "09:05"));
        l.move("operator", c5, SEND_TO_VERIFY, null, inspector, null);
        step(l, "03-17", "09:20", "inspector", c5, VERIFY_TRUE);       // due 09:35
        step(l, "03-17", "09:30", "shiftleader", c5, FILE);
        step(l, "03-17", "10:10", "dispatcher", c5, REQUEST_CANCEL);
        step(l, "03-17", "10:20", "shiftleader", c5, APPROVE_CANCEL);

        // C6 Thu 03-18: refused, late.  C7 Fri 03-19: fixed on the spot.
        l.at(t("03-18", "09:00"));
        long c6 = l.inspectorReport("inspector", g);
        step(l, "03-18", "09:01", "operator", c6, ACCEPT);
        step(l, "03-18", "09:50", "shiftleader", c6, REFUSE);          // due 09:31: late
        l.at(t("03-19", "09:00"));
        l.onTheSpot("inspector", g);

        // C10 Mon 03-22: a hotline call sent to verify; the inspector never goes.
        l.at(t("03-22", "09:00"));
        long c10 = l.hotlineReport(g);
        l.at(t("03-22", "09:02"));
        l.move("operator", c10, SEND_TO_VERIFY, null, inspector, null);

        // C8 Wed 03-31 → Thu 04-01: handling starts in March, the rest in April.
        l.at(t("03-31", "16:00"));
        long c8 = l.inspectorReport("inspector", g);
        step(l, "03-31", "16:05", "operator", c8, ACCEPT);
        step(l, "03-31", "16:10", "shiftleader", c8, FILE);
        step(l, "03-31", "16:20", "dispatcher", c8, DISPATCH);         // handle due 04-01 11:20
        step(l, "04-01", "09:00", "handler", c8, REPORT_HANDLED);
        step(l, "04-01", "09:05", "operator", c8, SEND_TO_CHECK);
        step(l, "04-01", "09:10", "inspector", c8, CHECK_PASS);
        step(l, "04-01", "09:20", "shiftleader", c8, CLOSE);

        // C9 Fri 04-02: reported, never accepted.
        l.at(t("04-02", "09:00"));
        l.inspectorReport("inspector", g);

        LedgerSettled.await(jdbc);
        l.at(t("04-20", "09:00"));
        var march = Period.parse("2032-03");
        var april = Period.parse("2032-04");
        var expected = new Expected();

        var i = Long.toString(inspector);
        expected.of(SubjectKind.INSPECTOR, i, 9)
                .is(REPORTS, 7, 0)                  // C1 C2 C3 C4 C6 C7 C8
                .is(VALID_REPORT_RATE, 6, 7)        // C6 refused
                .is(ON_TIME_VERIFY_RATE, 1, 2)      // C5 in time, C10 open past its deadline
                .is(ON_TIME_CHECK_RATE, 3, 3)       // C1, C2 twice (C8's check is April's)
                .is(MISSED_RATE, 1, 6);             // filed: C1 C2 C3 C4 C5 C8; C5 came from the hotline
        var o = Long.toString(l.id("operator"));
        expected.of(SubjectKind.OPERATOR, o, 8)
                .is(OPERATOR_VOLUME, 11, 0)         // 8 accept + 3 send-to-check
                .is(ON_TIME_VERIFY_SENDING_RATE, 7, 8)  // C2 late
                .is(ON_TIME_CHECK_SENDING_RATE, 3, 3);
        var s = Long.toString(l.id("shiftleader"));
        expected.of(SubjectKind.SHIFT_LEADER, s, 7)
                .is(ON_TIME_FILING_RATE, 6, 7)      // C6 refused late
                .is(ACCURATE_FILING_RATE, 5, 6)     // C5 cancelled
                .is(ON_TIME_CLOSING_RATE, 1, 2);    // C2 late
        var d = Long.toString(l.id("dispatcher"));
        expected.of(SubjectKind.DISPATCHER, d, 5)
                .is(DISPATCH_VOLUME, 6, 0)          // C1 C2 C3 C4 ×2 C8
                .is(ON_TIME_DISPATCH_RATE, 4, 6)    // C2, C4's second late
                .is(ACCURATE_DISPATCH_RATE, 4, 6);  // C2 reworked, C4's first returned
        expected.of(SubjectKind.DEPARTMENT, Long.toString(sanitation), 5)
                .is(DEPARTMENT_VOLUME, 6, 0)        // C1 C2 ×2 C3 C4 C8
                .is(HANDLE_RATE, 4, 6)
                .is(ON_TIME_HANDLE_RATE, 4, 5)      // C3 suspended is not due; C2's first late; C4 returned in time
                .is(OVERDUE_RATE, 0, 5)
                .is(EXTENSION_RATE, 1, 6)
                .is(RETURN_RATE, 1, 6)
                .is(SUSPENDED_COUNT, 1, 0)
                .is(CLOSE_RATE, 3, 4)               // C1 C2 C8 closed of C1 C2 C3 C8
                .is(REWORK_RATE, 1, 4);
        expected.of(SubjectKind.DEPARTMENT, Long.toString(other), 1)
                .is(DEPARTMENT_VOLUME, 1, 0).is(HANDLE_RATE, 0, 1).is(ON_TIME_HANDLE_RATE, 0, 1)
                .is(OVERDUE_RATE, 1, 1).is(EXTENSION_RATE, 0, 1).is(RETURN_RATE, 0, 1).is(SUSPENDED_COUNT, 0, 0)
                .is(CLOSE_RATE, 0, 1).is(REWORK_RATE, 0, 1);
        for (var kind : List.of(SubjectKind.UNIT_GRID, SubjectKind.COMMUNITY, SubjectKind.STREET, SubjectKind.DISTRICT)) {
            var code = g.substring(0, switch (kind) {
                case UNIT_GRID -> 15;
                case COMMUNITY -> 12;
                case STREET -> 9;
                default -> 6;
            });
            expected.of(kind, code, 6)
                    .is(FILED, 6, 0)
                    .is(PUBLIC_REPORT_RATE, 1, 6)   // C5
                    .is(CLOSE_RATE, 3, 5)           // C5 cancelled; C1 C2 C8 closed
                    .is(ON_TIME_CLOSE_RATE, 2, 5);  // C2 handled late once
        }
        expected.check(source, recount, march);

        // A case counts for a subject in the period its first task for that subject started: C8 is March's.
        var inApril = new Expected();
        inApril.of(SubjectKind.INSPECTOR, i, 1).is(REPORTS, 1, 0).is(VALID_REPORT_RATE, 0, 0)
                .is(ON_TIME_VERIFY_RATE, 0, 0).is(ON_TIME_CHECK_RATE, 1, 1);
        inApril.of(SubjectKind.OPERATOR, o, 0).is(OPERATOR_VOLUME, 1, 0).is(ON_TIME_CHECK_SENDING_RATE, 1, 1)
                .is(ON_TIME_VERIFY_SENDING_RATE, 0, 0);
        inApril.of(SubjectKind.SHIFT_LEADER, s, 0).is(ON_TIME_CLOSING_RATE, 1, 1).is(ON_TIME_FILING_RATE, 0, 0);
        inApril.check(source, recount, april);

        // A week (2032-W11: 03-08 … 03-14) holds C1 and C2 only.
        var week = new Expected();
        week.of(SubjectKind.DEPARTMENT, Long.toString(sanitation), 2).is(ON_TIME_HANDLE_RATE, 2, 3)
                .is(REWORK_RATE, 1, 2).is(CLOSE_RATE, 2, 2);
        week.check(source, recount, Period.parse("2032-W11"));

        // The cases behind a figure: 按期处置率 of sanitation in March.
        var san = Long.toString(sanitation);
        assertThat(ids(san, march, Part.SHORTFALL, 50)).containsExactly(c2);
        assertThat(ids(san, march, Part.NUMERATOR, 50)).containsExactly(c1, c2, c4, c8);
        assertThat(ids(san, march, Part.DENOMINATOR, 3)).containsExactly(c1, c2, c4, c8); // paged by 3
        var missed = source.behind(SubjectKind.INSPECTOR, i, march, MISSED_RATE, Part.NUMERATOR, null, 10);
        assertThat(missed.cases()).extracting(IndicatorSource.CaseBehind::caseId).containsExactly(c5);
        assertThat(missed.cases().get(0).status()).isEqualTo("CANCELLED");
        assertThat(missed.cases().get(0).caseNumber()).isNotBlank();
        var overdue = source.behind(SubjectKind.DEPARTMENT, Long.toString(other), march, OVERDUE_RATE,
                Part.NUMERATOR, null, 10);
        assertThat(overdue.cases()).extracting(IndicatorSource.CaseBehind::caseId).containsExactly(c4);
        var street = source.behind(SubjectKind.STREET, g.substring(0, 9), march, PUBLIC_REPORT_RATE,
                Part.NUMERATOR, null, 10);
        assertThat(street.cases()).extracting(IndicatorSource.CaseBehind::caseId).containsExactly(c5);

        // C3 moved after March ended: resumed and handled on 04-20 (in time). March changes, April does not.
        clock.set(t("04-20", "10:00"));
        l.move("dispatcher", c3, RESUME);
        step(l, "04-20", "10:05", "handler", c3, REPORT_HANDLED);
        LedgerSettled.await(jdbc);
        var later = new Expected();
        later.of(SubjectKind.DEPARTMENT, Long.toString(sanitation), 5)
                .is(HANDLE_RATE, 5, 6).is(ON_TIME_HANDLE_RATE, 5, 6).is(OVERDUE_RATE, 0, 6).is(SUSPENDED_COUNT, 1, 0)
                .is(EXTENSION_RATE, 1, 6).is(CLOSE_RATE, 3, 4);
        later.check(source, recount, march);
        inApril.check(source, recount, april);

        // Before C4's second handling fell due (03-16 16:00) the other department had nothing due.
        clock.set(t("03-16", "15:00"));
        assertThat(figure(SubjectKind.DEPARTMENT, Long.toString(other), march, OVERDUE_RATE)).containsExactly(0L, 0L);
        clock.set(t("03-16", "16:01"));
        assertThat(figure(SubjectKind.DEPARTMENT, Long.toString(other), march, OVERDUE_RATE)).containsExactly(1L, 1L);
        assertThat(c3 + c6 + c10).isPositive();
    }

    private void step(CaseLives l, String day, String time, String user, long caseId,
            org.urbangrid.cases.CaseMove move) {
        l.at(t(day, time));
        l.move(user, caseId, move);
    }

    private List<Long> ids(String department, Period period, Part part, int size) {
        var all = new ArrayList<Long>();
        String after = null;
        do {
            var page = source.behind(SubjectKind.DEPARTMENT, department, period, ON_TIME_HANDLE_RATE, part, after, size);
            assertThat(page.cases().size()).isLessThanOrEqualTo(size);
            page.cases().forEach(c -> all.add(c.caseId()));
            after = page.next();
        } while (after != null);
        return all;
    }

    private List<Long> figure(SubjectKind kind, String id, Period period, Indicator indicator) {
        var figures = source.figures(kind, period).stream().filter(f -> f.subject().id().equals(id)).findFirst();
        return figures.map(f -> List.of(f.figures().get(indicator).numerator(), f.figures().get(indicator).denominator()))
                .orElse(List.of(0L, 0L));
    }

    /** What the hand computation says, subject by subject. */
    static final class Expected {
        record One(SubjectKind kind, String id, long caseCount, List<Object[]> values) {}

        final List<One> subjects = new ArrayList<>();

        Expected of(SubjectKind kind, String id, long caseCount) {
            subjects.add(new One(kind, id, caseCount, new ArrayList<>()));
            return this;
        }

        Expected is(Indicator indicator, long num, long den) {
            subjects.get(subjects.size() - 1).values().add(new Object[] {indicator, num, den});
            return this;
        }

        void check(IndicatorSource source, Recount recount, Period period) {
            for (var one : subjects) {
                SubjectFigures fast = source.figures(one.kind(), period).stream()
                        .filter(f -> f.subject().id().equals(one.id())).findFirst().orElseThrow(
                                () -> new AssertionError(one.kind() + " " + one.id() + " missing in " + period));
                var slow = recount.figures(one.kind(), period).get(one.id());
                assertThat(fast.caseCount()).as(one.kind() + " cases " + period).isEqualTo(one.caseCount());
                assertThat(slow.caseCount()).as(one.kind() + " recounted cases " + period).isEqualTo(one.caseCount());
                assertThat(fast.subject().name()).isNotBlank();
                for (var v : one.values()) {
                    var indicator = (Indicator) v[0];
                    var label = one.kind() + " " + indicator + " " + period;
                    var f = fast.figures().get(indicator);
                    assertThat(List.<Object>of(f.numerator(), f.denominator())).as(label).containsExactly(v[1], v[2]);
                    var r = slow.figures().getOrDefault(indicator, new long[2]);
                    assertThat(List.<Object>of(r[0], r[1])).as("recount " + label).containsExactly(v[1], v[2]);
                }
            }
        }
    }
}

package org.urbangrid.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.support.MutableClock;

/** A small seeded run (60 cases over a working week): repeatable, complete and lawful, on H2 and PostgreSQL. */
abstract class CitySimulationContract extends SimulationIntegrationTest {

    /** Mon 16 – Fri 20 November 2026, before the tests' "now" (25 November); incidents raised for a short run. */
    static final SimulationPlan WEEK = new SimulationPlan(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 21), 60,
            20261116L, 10);

    @Autowired
    CitySimulator simulator;

    @Autowired
    CaseQueries queries;

    @Autowired
    Organization organization;

    @Test
    void the_same_seed_on_the_same_district_makes_the_same_week_with_every_kind_of_move_by_the_rules() {
        var first = simulator.simulate(WEEK, p -> { });
        var second = simulator.simulate(WEEK, p -> { });
        var other = simulator.simulate(new SimulationPlan(WEEK.from(), WEEK.until(), 20, WEEK.seed() + 1, 10), p -> { });

        var summary = first.summary();
        assertThat(summary.refused()).as("moves the domain refused: %s", summary.refusals()).isZero();
        assertThat(summary.reported()).isEqualTo(60);
        assertThat(first.caseIds()).hasSize(60).doesNotContainAnyElementsOf(second.caseIds());
        assertThat(second.summary()).isEqualTo(summary);
        var courses = courses(first);
        assertThat(courses(second)).isEqualTo(courses);
        assertThat(courses(other)).isNotEqualTo(courses.subList(0, 20));

        // Every move of the staff's life of a case. Of the moves citizens and hotlines bring, the simulation plays
        // transfer back and "not fixed" when a case draws them (a week need not); it does not merge duplicates or
        // moderate what citizens write (its reports are the centre's own). Their own tests cover them all
        // (cases.CitizenMovesContract, cases.DuplicatesContract).
        var citizens = EnumSet.of(CaseMove.TRANSFER_BACK, CaseMove.MERGE, CaseMove.SEPARATE, CaseMove.REOPEN,
                CaseMove.APPROVE_PUBLIC, CaseMove.HIDE_PUBLIC);
        assertThat(summary.moves().keySet()).as(summary.describe()).containsAll(EnumSet.complementOf(citizens));
        assertThat(summary.lateMoves()).isPositive().isLessThan(summary.totalMoves() / 4);
        assertThat(summary.leftOpen()).isPositive().isLessThan(summary.reported() / 2);
        assertThat(summary.reworks() + summary.returns() + summary.extensions() + summary.suspensions()
                + summary.cancellations() + summary.urges()).isPositive();
        assertThat(summary.bySource().keySet()).hasSizeGreaterThan(2);
        long inspectors = summary.bySource().getOrDefault(org.urbangrid.cases.CaseSource.INSPECTOR, 0);
        assertThat(inspectors).isGreaterThan(summary.reported() * 3L / 4);
    }

    @Test
    void every_history_follows_the_move_table_in_time_within_the_period() {
        var result = simulator.simulate(new SimulationPlan(WEEK.from(), WEEK.until(), 40, 99L, 8), p -> { });
        var start = WEEK.from().atStartOfDay(MutableClock.CITY).toInstant();
        var end = WEEK.until().atStartOfDay(MutableClock.CITY).toInstant();
        for (var history : histories(result)) {
            obeysMoveRules(history, start, end);
        }
    }

    /** Each case's course as the domain recorded it: move, who, when, from, to, in time, details, photo count. */
    private List<List<String>> courses(SimulationResult result) {
        var courses = new ArrayList<List<String>>();
        for (var history : histories(result)) {
            courses.add(history.stream().map(e -> e.move() + " " + e.actorId() + " " + e.role() + " " + e.at() + " "
                    + e.fromStatus() + "→" + e.toStatus() + " " + e.stageOnTime() + " " + e.comment() + " "
                    + new TreeMap<>(e.details()) + " " + e.photoIds().size()).toList());
        }
        return courses;
    }

    private List<List<HistoryEntry>> histories(SimulationResult result) {
        var leader = StaffPrincipal.of(organization.staffByUsername("leader").orElseThrow());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(leader, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return result.caseIds().stream().map(id -> queries.view(id).history()).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static final Map<CaseMove, RequestKind> REQUESTS = Map.of(CaseMove.REQUEST_EXTENSION, RequestKind.EXTENSION,
            CaseMove.REQUEST_RETURN, RequestKind.RETURN, CaseMove.REQUEST_SUSPENSION, RequestKind.SUSPENSION,
            CaseMove.REQUEST_CANCEL, RequestKind.CANCEL);

    /** Replays a history against {@link MoveRules}: state, pending request, role and target of every entry. */
    static void obeysMoveRules(List<HistoryEntry> history, Instant start, Instant end) {
        CaseStatus state = null;
        RequestKind pending = null;
        Instant last = start;
        for (var e : history) {
            var rule = MoveRules.rule(e.move());
            var where = e.move() + " at " + e.at() + " in " + history;
            assertThat(e.fromStatus()).as(where).isEqualTo(state);
            if (state == null) {
                assertThat(rule.from()).as(where).isEmpty();
            } else {
                assertThat(rule.allowsFrom(state, pending)).as(where).isTrue();
            }
            assertThat(rule.roles()).as(where).contains(e.role());
            var expected = switch (rule.target()) {
                case FIXED -> rule.to();
                case SAME -> state;
                case BY_REQUEST -> rule.target(state, pending);
            };
            assertThat(e.toStatus()).as(where).isEqualTo(expected);
            assertThat(e.at()).as(where).isAfterOrEqualTo(last).isBefore(end);
            pending = switch (rule.pending()) {
                case NONE_OR_HANDLING_REQUEST, HANDLING_REQUEST, CANCEL_REQUEST -> null;
                default -> REQUESTS.getOrDefault(e.move(), pending);
            };
            state = e.toStatus();
            last = e.at();
        }
    }
}

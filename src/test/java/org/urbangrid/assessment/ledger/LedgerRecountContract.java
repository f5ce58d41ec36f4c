package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseMove.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseHistories;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.assessment.PublicApiRecount;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * Property: for random case lives (seeded) made through the domain's own moves in early 2033 — late and on
 * time, reworked, returned, extended, suspended, cancelled, many moved after their period ended — the ledger's
 * figures (rollups + pending rows, kept by the event listener) equal a from-scratch recount from the histories,
 * for every subject kind, several periods and several instants; and re-deriving changes nothing.
 */
abstract class LedgerRecountContract extends IntegrationTest {

    static final long SEED = 20330201L;
    static final int CASES = 36;

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
    CaseHistories histories;
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
    void the_fast_path_equals_a_recount_from_the_histories() {
        lives = new CaseLives(management, organization, photos, grids, clock);
        var random = new Random(SEED);
        // Unit grids both the demo inspector and the community's own inspector cover: 漏报 both ways.
        var reporters = new ArrayList<String>(List.of("inspector"));
        organization.inspectorsCovering(CaseLives.GRID).stream().map(s -> s.username())
                .filter(u -> !u.equals("inspector")).findFirst().ifPresent(reporters::add);
        var area = organization.areaOf(lives.id(reporters.get(reporters.size() - 1))).stream().sorted().limit(3)
                .toList();
        var sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
        var departments = new ArrayList<Long>(List.of(sanitation));
        organization.departments().stream().filter(d -> d.kind() != DepartmentKind.CENTRE && d.id() != sanitation)
                .findFirst().ifPresent(d -> departments.add(d.id()));
        var ids = new ArrayList<Long>();
        var everyCase = new ArrayList<Long>();
        int moves = 0;
        for (int n = 0; n < CASES; n++) {
            var start = LocalDateTime.of(2033, 2, 1, 8, 0).plusDays(random.nextInt(58))
                    .plusMinutes(random.nextInt(10 * 60));
            lives.at(start);
            var grid = area.get(random.nextInt(area.size()));
            long id;
            int kind = random.nextInt(10);
            if (kind == 0) {
                everyCase.add(lives.onTheSpot("inspector", grid));
                continue;
            }
            id = kind < 3 ? lives.hotlineReport(grid) : lives.inspectorReport(reporters.get(random.nextInt(reporters.size())), grid);
            ids.add(id);
            everyCase.add(id);
            moves += live(id, random, departments);
        }
        assertThat(moves).as("moves made").isGreaterThan(CASES * 3);
        LedgerSettled.await(jdbc);

        var periods = List.of(Period.parse("2033-02"), Period.parse("2033-03"), Period.parse("2033-04"),
                Period.parse("2033-Q1"), Period.parse("2033-W09"), Period.parse("2033-02-20..2033-03-10"),
                Period.parse("2033"));
        var instants = List.of(LocalDateTime.of(2033, 3, 1, 10, 0), LocalDateTime.of(2033, 3, 20, 15, 0),
                LocalDateTime.of(2033, 6, 1, 9, 0));
        int compared = compare(periods, instants);
        assertThat(compared).as("subjects compared").isGreaterThan(20);
        agreesWithThePublicApiRecount(everyCase, periods, instants);

        // Every case lived here is derived from its whole history by the listener alone (other tests may save
        // cases without events), but a report nobody moved, which the figures read live; replays and a forced
        // re-derivation change nothing.
        var waiting = ids.stream().filter(i -> histories.find(i).orElseThrow().status() == CaseStatus.REPORTED).toList();
        assertThat(waiting).as("reports nobody moved, read live").isNotEmpty();
        for (var id : ids) {
            var derived = jdbc.sql("select history_size from assessment_case where case_id = ?").param(id)
                    .query(Integer.class).optional();
            if (waiting.contains(id)) {
                assertThat(derived.orElse(-1)).as("waiting report " + id + ", not derived").isEqualTo(-1);
            } else {
                assertThat(derived).as("case " + id).contains(histories.find(id).orElseThrow().history().size());
            }
        }
        ledger.catchUp();
        assertThat(ledger.catchUp()).isZero();
        var forced = ids.stream().filter(i -> i % 2 == 0 && !waiting.contains(i)).toList();
        forced.forEach(i -> jdbc.sql("update assessment_case set history_size = -1 where case_id = ?").param(i).update());
        assertThat(ledger.catchUp()).isEqualTo(forced.size());
        // A case the ledger holds no row for (stored before the ledger, or without events) is found at start.
        var derivedOne = ids.stream().filter(i -> !waiting.contains(i)).findFirst().orElseThrow();
        jdbc.sql("delete from assessment_case where case_id = ?").param(derivedOne).update();
        assertThat(ledger.catchUpNew()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select history_size from assessment_case where case_id = ?").param(derivedOne)
                .query(Integer.class).single()).isEqualTo(histories.find(derivedOne).orElseThrow().history().size());
        compare(periods, instants);
    }

    /**
     * The numbers the figures API shows equal {@link PublicApiRecount}'s, counted from what {@code GET /api/cases/{id}}
     * shows of each case (漏报率 needs the areas, which that API does not show, and case counts are left out).
     */
    private void agreesWithThePublicApiRecount(List<Long> cases, List<Period> periods, List<LocalDateTime> instants) {
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        var views = cases.stream().map(id -> json.readTree(Api.body(api.get("leader", "/api/cases/{id}", id)))).toList();
        for (var at : instants) {
            clock.set(at);
            api.forgetTokens();
            for (var period : periods) {
                var recounted = new PublicApiRecount(period, clock.instant(), clock.getZone());
                views.forEach(recounted::add);
                for (var kind : SubjectKind.values()) {
                    if (kind.isByPlace()) {
                        continue; // who answers for a place is not shown on a case; compare() recounts them
                    }
                    var shown = new TreeMap<String, Map<String, List<Long>>>();
                    var figures = api.get("leader", "/api/assessment/figures?kind={kind}&period={period}", kind, period);
                    assertThat(figures).hasStatusOk();
                    for (var f : source.figures(kind, period)) {
                        var m = new TreeMap<String, List<Long>>();
                        f.figures().forEach((i, fig) -> {
                            if (i != org.urbangrid.assessment.Indicator.MISSED_RATE) {
                                put(m, i, fig.numerator(), fig.denominator());
                            }
                        });
                        if (!m.isEmpty()) {
                            shown.put(f.subject().id(), m);
                        }
                    }
                    var expected = new TreeMap<String, Map<String, List<Long>>>();
                    recounted.figures.getOrDefault(kind, Map.of()).forEach((id, byIndicator) -> {
                        var m = new TreeMap<String, List<Long>>();
                        byIndicator.forEach((i, n) -> put(m, i, n[0], n[1]));
                        if (!m.isEmpty()) {
                            expected.put(id, m);
                        }
                    });
                    assertThat(shown).as("public recount " + kind + " " + period + " at " + at).isEqualTo(expected);
                    assertThat(Api.<List<String>>read(figures, "$[*].subject.id")).containsAll(shown.keySet());
                }
            }
        }
    }

    /** Compares every kind, period and instant; returns how many non-empty subjects were compared. */
    private int compare(List<Period> periods, List<LocalDateTime> instants) {
        int compared = 0;
        for (var at : instants) {
            clock.set(at);
            for (var period : periods) {
                for (var kind : SubjectKind.values()) {
                    var fast = new TreeMap<String, Map<String, List<Long>>>();
                    for (var f : source.figures(kind, period)) {
                        var m = new TreeMap<String, List<Long>>();
                        f.figures().forEach((i, fig) -> put(m, i, fig.numerator(), fig.denominator()));
                        put(m, "cases", f.caseCount(), 0);
                        if (!m.isEmpty()) {
                            fast.put(f.subject().id(), m);
                        }
                    }
                    var slow = new TreeMap<String, Map<String, List<Long>>>();
                    recount.figures(kind, period).forEach((id, c) -> {
                        var m = new TreeMap<String, List<Long>>();
                        c.figures().forEach((i, n) -> {
                            if (i.appliesTo(kind)) {
                                put(m, i, n[0], n[1]);
                            }
                        });
                        put(m, "cases", c.caseCount(), 0);
                        if (!m.isEmpty()) {
                            slow.put(id, m);
                        }
                    });
                    assertThat(fast).as(kind + " " + period + " at " + at).isEqualTo(slow);
                    compared += fast.size();
                }
            }
        }
        return compared;
    }

    private static void put(Map<String, List<Long>> m, Object key, long num, long den) {
        if (num != 0 || den != 0) {
            m.put(key.toString(), List.of(num, den));
        }
    }

    /** Lives one case at random until it ends or the walk stops; returns the moves made. */
    private int live(long id, Random random, List<Long> departments) {
        RequestKind pending = null;
        int made = 0;
        for (int step = 0; step < 30; step++) {
            var status = histories.find(id).orElseThrow().status();
            if (!status.isOpen()) {
                return made;
            }
            var choice = choose(status, pending, random);
            if (choice == null) {
                return made;
            }
            lives.at(LocalDateTime.ofInstant(clock.instant().plus(gap(random)), clock.getZone()));
            var move = choice;
            try {
                make(id, move, random, departments);
            } catch (UrbanGridException refused) {
                throw new AssertionError(move + " refused from " + status + " pending " + pending, refused);
            }
            made++;
            pending = switch (move) {
                case REQUEST_EXTENSION -> RequestKind.EXTENSION;
                case REQUEST_RETURN -> RequestKind.RETURN;
                case REQUEST_SUSPENSION -> RequestKind.SUSPENSION;
                case REQUEST_CANCEL -> RequestKind.CANCEL;
                case REPORT_MADE_SAFE, URGE -> pending;
                default -> null;
            };
        }
        return made;
    }

    /** Mostly minutes (on time), sometimes hours, now and then days: late, and often past the month's end. */
    private static Duration gap(Random random) {
        int r = random.nextInt(10);
        if (r < 6) {
            return Duration.ofMinutes(1 + random.nextInt(20));
        }
        if (r < 9) {
            return Duration.ofMinutes(60 + random.nextInt(300));
        }
        return Duration.ofHours(24 + random.nextInt(24 * 8));
    }

    private static CaseMove choose(CaseStatus status, RequestKind pending, Random random) {
        int r = random.nextInt(100);
        if (pending == RequestKind.CANCEL) {
            return r < 60 ? APPROVE_CANCEL : REFUSE_CANCEL;
        }
        if (pending != null) {
            return r < 70 ? APPROVE_REQUEST : REFUSE_REQUEST;
        }
        if (r >= 95) {
            return null; // left where it is
        }
        if (r >= 91 && status != CaseStatus.SUSPENDED) {
            return REQUEST_CANCEL;
        }
        return switch (status) {
            case REPORTED -> r < 50 ? ACCEPT : SEND_TO_VERIFY;
            case VERIFYING -> r < 80 ? VERIFY_TRUE : VERIFY_FALSE;
            case PENDING_FILING -> r < 85 ? FILE : REFUSE;
            case PENDING_DISPATCH -> DISPATCH;
            case DISPATCHED -> r < 50 ? REPORT_HANDLED : r < 65 ? REQUEST_EXTENSION : r < 77 ? REQUEST_RETURN
                    : REQUEST_SUSPENSION;
            case SUSPENDED -> r < 70 ? RESUME : null;
            case HANDLED -> SEND_TO_CHECK;
            case CHECKING -> r < 65 ? CHECK_PASS : CHECK_FAIL;
            case PENDING_CLOSE -> CLOSE;
            default -> null;
        };
    }

    private void make(long id, CaseMove move, Random random, List<Long> departments) {
        var c = histories.find(id).orElseThrow();
        long inspector = lives.id("inspector");
        switch (move) {
            case ACCEPT -> {
                if (c.source() != org.urbangrid.cases.CaseSource.INSPECTOR) {
                    lives.move("operator", id, SEND_TO_VERIFY, null, inspector, null);
                } else {
                    lives.move("operator", id, ACCEPT);
                }
            }
            case SEND_TO_VERIFY, SEND_TO_CHECK -> lives.move("operator", id, move, null, inspector, null);
            case VERIFY_TRUE, VERIFY_FALSE, CHECK_PASS, CHECK_FAIL -> lives.move("inspector", id, move);
            case FILE, REFUSE, CLOSE, APPROVE_CANCEL, REFUSE_CANCEL -> lives.move("shiftleader", id, move);
            case DISPATCH -> lives.move("dispatcher", id, move, departments.get(random.nextInt(departments.size())),
                    null, null);
            case APPROVE_REQUEST, REFUSE_REQUEST, RESUME -> lives.move("dispatcher", id, move);
            case REQUEST_CANCEL -> lives.move(random.nextBoolean() ? "dispatcher" : "operator", id, move);
            case REPORT_HANDLED, REQUEST_RETURN, REQUEST_SUSPENSION -> lives.move(handler(c.leadDepartmentId()), id, move);
            case REQUEST_EXTENSION -> lives.move(handler(c.leadDepartmentId()), id, move, null, null,
                    CaseLives.workHours(1 + random.nextInt(8)));
            default -> throw new IllegalArgumentException(move.name());
        }
    }

    private String handler(Long department) {
        return organization.staffWithRole(Role.HANDLER).stream()
                .filter(s -> department.equals(s.departmentId()) && s.active()).findFirst().orElseThrow().username();
    }
}

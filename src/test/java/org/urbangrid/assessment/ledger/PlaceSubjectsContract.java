package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.urbangrid.assessment.ledger.PlaceTestSources.Answerables.answerable;
import static org.urbangrid.assessment.ledger.PlaceTestSources.Answerables.chief;
import static org.urbangrid.assessment.ledger.PlaceTestSources.Answerables.keeper;
import static org.urbangrid.cases.CaseMove.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.duty.Duty;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The subjects by place (路段/河段, 路长/河长, 网格责任人), with a test-only duty system answering at a few exact
 * positions: a filed case counts for the segment, chiefs and keeper where it lies (a frontage unit there for none of
 * them), under their own kinds; the recount from the histories gives the same numbers; rankings list them by name;
 * the cases behind their figures open to the centre and to a chief who is staff for their own; a change of chiefs
 * applies to cases counted after it, and to all once they are counted again.
 */
@Import(PlaceTestSources.class)
abstract class PlaceSubjectsContract extends IntegrationTest {

    static final String ROAD = "segment:pr-road";
    static final String ROAD_NAME = "测试路 (甲路—乙路)";

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
    @Autowired
    PlaceTestSources.Answerables answerables;
    @Autowired
    PlaceTestSources.Patrol patrol;

    CaseLives lives;
    long sanitation;

    @BeforeEach
    void start() {
        answerables.clear();
        patrol.clear();
        lives = new CaseLives(management, organization, photos, grids, clock);
        sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
    }

    @AfterEach
    void stop() {
        answerables.clear();
        patrol.clear();
        lives.signOut();
    }

    @Test
    void a_filed_case_counts_for_the_segment_chiefs_and_keeper_where_it_lies_and_the_recount_agrees() {
        var centre = grids.centroidOf(CaseLives.GRID);
        double lat1 = centre.latitude() + 0.00002, lng1 = centre.longitude() + 0.00002;
        double lat2 = centre.latitude() - 0.00002, lng2 = centre.longitude() + 0.00003;
        long handler = lives.id("handler");
        long keeperStaff = lives.id("inspector01");
        var keeper = keeper("keeper:pr-1", CaseLives.GRID, "赵网格长", keeperStaff);
        answerables.put(lat1, lng1, chief("chief:pr-1", Duty.CHIEF_STREET, "pr-road", ROAD_NAME, "王路长", handler),
                chief("chief:pr-2", Duty.CHIEF_COMMUNITY, "pr-road", ROAD_NAME, "李路长", null),
                answerable("unit:pr-1", Duty.FRONTAGE_UNIT, "FRONTAGE", "pr-f1", "测试商店"), keeper);
        answerables.put(lat2, lng2, keeper);
        patrol.set(SubjectKind.CHIEF, "chief:pr-2", 50);

        lives.at(LocalDateTime.of(2034, 5, 10, 9, 0));
        long closed = lives.inspectorReport("inspector", lat1, lng1);
        step("operator", closed, ACCEPT);
        step("shiftleader", closed, FILE);
        step("dispatcher", closed, DISPATCH);
        step("handler", closed, REPORT_HANDLED);
        step("operator", closed, SEND_TO_CHECK);
        step("inspector", closed, CHECK_PASS);
        step("shiftleader", closed, CLOSE);
        long open = lives.hotlineReport(lat2, lng2);
        step("operator", open, SEND_TO_VERIFY);
        step("inspector", open, VERIFY_TRUE);
        step("shiftleader", open, FILE);
        long refused = lives.inspectorReport("inspector", lat1, lng1);
        step("operator", refused, ACCEPT);
        step("shiftleader", refused, REFUSE);
        LedgerSettled.await(jdbc);

        var may = Period.parse("2034-05");
        var one = Map.of("FILED", List.of(1L, 0L), "PUBLIC_REPORT_RATE", List.of(0L, 1L), "CLOSE_RATE",
                List.of(1L, 1L), "ON_TIME_CLOSE_RATE", List.of(1L, 1L), "cases", List.of(1L, 0L));
        assertThat(ours(SubjectKind.SEGMENT, may)).isEqualTo(Map.of(ROAD, one));
        assertThat(ours(SubjectKind.CHIEF, may)).isEqualTo(Map.of("chief:pr-1", one, "chief:pr-2", one));
        assertThat(ours(SubjectKind.GRID_KEEPER, may)).isEqualTo(Map.of("keeper:pr-1", Map.of("FILED", List.of(2L, 0L),
                "PUBLIC_REPORT_RATE", List.of(1L, 2L), "CLOSE_RATE", List.of(1L, 2L), "ON_TIME_CLOSE_RATE",
                List.of(1L, 2L), "cases", List.of(2L, 0L))));
        assertThat(names(SubjectKind.CHIEF, may)).isEqualTo(Map.of("chief:pr-1", "王路长", "chief:pr-2", "李路长"));
        assertThat(names(SubjectKind.SEGMENT, may)).isEqualTo(Map.of(ROAD, ROAD_NAME));
        // stored under their own kinds (four figures and the case count), not summed from the unit grid's rows
        assertThat(jdbc.sql("select count(*) from assessment_rollup where subject_kind = 'CHIEF' and subject_id = ?")
                .param("chief:pr-1").query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from assessment_fact where subject_id = 'unit:pr-1'").query(Long.class)
                .single()).isZero();
        for (var period : List.of(may, Period.parse("2034-Q2"), Period.parse("2034-05-10"), Period.parse("2034-04"),
                Period.parse("2034-05-01..2034-06-15"))) {
            for (var kind : List.of(SubjectKind.SEGMENT, SubjectKind.CHIEF, SubjectKind.GRID_KEEPER)) {
                assertThat(fast(kind, period)).as(kind + " " + period).isEqualTo(slow(kind, period));
            }
        }

        // Rankings: by name, scored by their own formulas; PATROL where the chief has a score, scaled away where not.
        var chiefs = api.get("leader", "/api/assessment/rankings?kind=CHIEF&period=2034-05");
        assertThat(chiefs).hasStatusOk();
        assertThat(Api.<List<String>>read(chiefs, "$.rows[*].subjectId")).containsExactlyInAnyOrder("chief:pr-1", "chief:pr-2");
        assertThat(Api.<List<Double>>read(chiefs, "$.rows[?(@.subjectId == 'chief:pr-1')].score")).containsExactly(100.0);
        assertThat(Api.<List<Double>>read(chiefs, "$.rows[?(@.subjectId == 'chief:pr-2')].score")).containsExactly(90.0);
        assertThat(Api.<List<Double>>read(chiefs, "$.rows[?(@.subjectId == 'chief:pr-2')].parts.PATROL")).containsExactly(10.0);
        assertThat(Api.<List<String>>read(chiefs, "$.rows[?(@.subjectId == 'chief:pr-1')].name")).containsExactly("王路长");
        assertThat(Api.<List<Boolean>>read(chiefs, "$.rows[*].ranked")).as("fewer than 3 cases").containsOnly(false);
        var segments = api.get("leader", "/api/assessment/rankings?kind=SEGMENT&period=2034-05");
        assertThat(Api.<List<String>>read(segments, "$.rows[*].name")).containsExactly(ROAD_NAME);
        assertThat(Api.<List<Integer>>read(segments, "$.rows[*].rank")).containsExactly(1);
        var keepers = api.get("leader", "/api/assessment/rankings?kind=GRID_KEEPER&period=2034-05");
        assertThat(Api.<List<Double>>read(keepers, "$.rows[?(@.subjectId == 'keeper:pr-1')].score")).containsExactly(50.0);
        assertThat(Api.<List<String>>read(keepers, "$.rows[?(@.subjectId == 'keeper:pr-1')].grade")).containsExactly("D");

        // The cases behind a figure.
        assertThat(behind("leader", "GRID_KEEPER", "keeper:pr-1", "CLOSE_RATE", "SHORTFALL")).containsExactly(open);
        assertThat(behind("leader", "GRID_KEEPER", "keeper:pr-1", "CLOSE_RATE", "NUMERATOR")).containsExactly(closed);
        assertThat(behind("leader", "GRID_KEEPER", "keeper:pr-1", "FILED", "NUMERATOR")).containsExactly(
                Math.min(open, closed), Math.max(open, closed));
        assertThat(behind("dispatcher", "SEGMENT", ROAD, "FILED", "NUMERATOR")).containsExactly(closed);
        // … a chief who is staff (a handler) opens their own, not the other chief's nor the segment's
        assertThat(behind("handler", "CHIEF", "chief:pr-1", "FILED", "NUMERATOR")).containsExactly(closed);
        assertThat(api.get("handler", "/api/assessment/figures/CHIEF/chief:pr-2/FILED/cases?period=2034-05"))
                .hasStatus(403);
        assertThat(api.get("handler", "/api/assessment/figures/SEGMENT/{id}/FILED/cases?period=2034-05", ROAD))
                .hasStatus(403);
        var own = api.get("handler", "/api/assessment/figures?kind=CHIEF&period=2034-05");
        assertThat(own).hasStatusOk();
        assertThat(Api.<List<String>>read(own, "$[*].subject.id")).containsExactly("chief:pr-1");
        assertThat(api.get("inspector", "/api/assessment/figures?kind=SEGMENT&period=2034-05")).hasStatus(403);
        assertThat(api.get("inspector01", "/api/assessment/figures/GRID_KEEPER/keeper:pr-1/FILED/cases?period=2034-05"))
                .hasStatusOk();

        // The ranking page: the kind's tab, its names, and each figure linking to its cases.
        var page = mvc.get().uri("/console/assessment?kind=CHIEF&period=2034-05").with(user("leader").roles("LEADER"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("路长/河长", "路段/河段", "网格责任人", "王路长", "李路长",
                "/console/assessment/cases?kind=CHIEF&amp;period=2034-05&amp;subject=chief:pr-1&amp;indicator=FILED");
        assertThat(mvc.get().uri("/console/assessment?kind=GRID_KEEPER&period=2034-05&lang=en")
                .with(user("leader").roles("LEADER")).exchange()).bodyText()
                .contains("Road and river chiefs", "Grid keepers", "赵网格长");
        var cases = mvc.get().uri("/console/assessment/cases?kind=GRID_KEEPER&period=2034-05&subject=keeper:pr-1"
                + "&indicator=CLOSE_RATE").with(user("leader").roles("LEADER")).exchange();
        assertThat(cases).hasStatusOk();
        assertThat(cases).bodyText().contains("赵网格长", number(open)).doesNotContain(number(closed));
    }

    @Test
    void a_change_of_chiefs_applies_to_cases_counted_after_it_and_to_all_when_they_are_counted_again() {
        var centre = grids.centroidOf(CaseLives.GRID);
        double lat = centre.latitude() + 0.00004, lng = centre.longitude() - 0.00002;
        answerables.put(lat, lng, chief("chief:pr-10", Duty.CHIEF_DISTRICT, "pr-river", "测试河", "周河长", null));
        lives.at(LocalDateTime.of(2034, 7, 5, 9, 0));
        long before = filedAt(lat, lng);
        LedgerSettled.await(jdbc);
        answerables.put(lat, lng, chief("chief:pr-11", Duty.CHIEF_DISTRICT, "pr-river", "测试河", "吴河长", null));
        long after = filedAt(lat, lng);
        LedgerSettled.await(jdbc);

        var july = Period.parse("2034-07");
        var counted = ours(SubjectKind.CHIEF, july);
        assertThat(counted.keySet()).containsExactly("chief:pr-10", "chief:pr-11");
        assertThat(counted.get("chief:pr-10").get("FILED")).isEqualTo(List.of(1L, 0L));
        assertThat(counted.get("chief:pr-11").get("FILED")).isEqualTo(List.of(1L, 0L));
        assertThat(fast(SubjectKind.SEGMENT, july).get("segment:pr-river").get("FILED")).isEqualTo(List.of(2L, 0L));
        // the recount reads who answers now, for every case
        assertThat(slow(SubjectKind.CHIEF, july).keySet()).filteredOn(PlaceSubjectsContract::ours)
                .containsExactly("chief:pr-11");
        // counted again (a repair, or the case's next move), the earlier case counts for the new chief too
        jdbc.sql("update assessment_case set history_size = -1 where case_id = ?").param(before).update();
        assertThat(ledger.catchUp()).isPositive(); // this case, and any other the shared database still had to count
        assertThat(fast(SubjectKind.CHIEF, july)).isEqualTo(slow(SubjectKind.CHIEF, july));
        assertThat(fast(SubjectKind.CHIEF, july).get("chief:pr-11").get("FILED")).isEqualTo(List.of(2L, 0L));
        assertThat(after).isNotEqualTo(before);
    }

    /** An inspector's report at the position, accepted and filed. */
    private long filedAt(double lat, double lng) {
        long id = lives.inspectorReport("inspector", lat, lng);
        step("operator", id, ACCEPT);
        step("shiftleader", id, FILE);
        return id;
    }

    private void step(String username, long caseId, CaseMove move) {
        lives.at(LocalDateTime.ofInstant(clock.instant().plusSeconds(300), clock.getZone()));
        switch (move) {
            case DISPATCH -> lives.move(username, caseId, move, sanitation, null, null);
            case SEND_TO_CHECK, SEND_TO_VERIFY -> lives.move(username, caseId, move, null, lives.id("inspector"), null);
            default -> lives.move(username, caseId, move);
        }
    }

    private String number(long caseId) {
        return jdbc.sql("select case_number from cases where id = ?").param(caseId).query(String.class).single();
    }

    private List<Long> behind(String username, String kind, String subject, String indicator, String part) {
        var result = api.get(username, "/api/assessment/figures/{kind}/{subject}/{indicator}/cases?period=2034-05&part={part}",
                kind, subject, indicator, part);
        assertThat(result).as(username + " " + kind + " " + subject).hasStatusOk();
        return Api.<List<Number>>read(result, "$.cases[*].caseId").stream().map(Number::longValue).toList();
    }

    private Map<String, String> names(SubjectKind kind, Period period) {
        var names = new TreeMap<String, String>();
        source.figures(kind, period).stream().filter(f -> ours(f.subject().id()))
                .forEach(f -> names.put(f.subject().id(), f.subject().name()));
        return names;
    }

    /** The ledger's figures of the kind, by subject: numerator and denominator by indicator, and "cases". */
    private Map<String, Map<String, List<Long>>> fast(SubjectKind kind, Period period) {
        var out = new TreeMap<String, Map<String, List<Long>>>();
        for (var f : source.figures(kind, period)) {
            var m = new TreeMap<String, List<Long>>();
            f.figures().forEach((i, fig) -> put(m, i.name(), fig.numerator(), fig.denominator()));
            put(m, "cases", f.caseCount(), 0);
            if (!m.isEmpty()) {
                out.put(f.subject().id(), m);
            }
        }
        return out;
    }

    /** This test's subjects only: the duty systems' own demo people answer at the same places too. */
    private Map<String, Map<String, List<Long>>> ours(SubjectKind kind, Period period) {
        var all = new TreeMap<>(fast(kind, period));
        all.keySet().removeIf(id -> !ours(id));
        return all;
    }

    private static boolean ours(String subjectId) {
        return subjectId.contains(":pr-");
    }

    /** The same, recounted from every history. */
    private Map<String, Map<String, List<Long>>> slow(SubjectKind kind, Period period) {
        var out = new TreeMap<String, Map<String, List<Long>>>();
        recount.figures(kind, period).forEach((id, c) -> {
            var m = new TreeMap<String, List<Long>>();
            c.figures().forEach((i, n) -> {
                if (i.appliesTo(kind)) {
                    put(m, i.name(), n[0], n[1]);
                }
            });
            put(m, "cases", c.caseCount(), 0);
            if (!m.isEmpty()) {
                out.put(id, m);
            }
        });
        return out;
    }

    private static void put(Map<String, List<Long>> m, String key, long num, long den) {
        if (num != 0 || den != 0) {
            m.put(key, List.of(num, den));
        }
    }
}

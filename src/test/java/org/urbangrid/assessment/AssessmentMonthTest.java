package org.urbangrid.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.simulation.CitySimulator;
import org.urbangrid.simulation.SimulationIntegrationTest;
import org.urbangrid.simulation.SimulationPlan;
import org.urbangrid.support.Api;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The "done when", through the public API as a leader would go: the simulator runs the demo district
 * through October; the rankings and figures equal an independent recount from the case histories that
 * {@code GET /api/cases/{id}} shows; a department's 按期处置率 drills down to its late cases; the month is
 * published, downloaded as Excel and PDF with the same numbers; a case moved afterwards changes the live figures
 * and leaves the published month as it was.
 */
class AssessmentMonthTest extends SimulationIntegrationTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CitySimulator simulator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_simulated_month_is_ranked_recounted_drilled_published_exported_and_stays_published() throws Exception {
        var result = simulator.simulate(SimulationPlan.month(OCTOBER, 150, 20261001L), p -> { });
        assertThat(result.summary().refused()).as(result.summary().describe()).isZero();
        settled();

        // Every figure of every kind (but those by place) equals the recount from the histories the public API shows.
        var views = result.caseIds().stream().map(id -> JSON.readTree(Api.body(api.get("leader", "/api/cases/{id}", id))))
                .toList();
        var period = Period.month(OCTOBER);
        var recount = new PublicApiRecount(period, clock.instant(), clock.getZone());
        views.forEach(recount::add);
        for (var kind : SubjectKind.values()) {
            if (kind.isByPlace()) {
                continue; // who answers for a place is not shown on a case: the ledger's recount test holds them
            }
            var shown = figuresShown(kind, "2026-10");
            var expected = new TreeMap<String, Map<String, List<Long>>>();
            recount.figures.getOrDefault(kind, Map.of()).forEach((id, byIndicator) -> {
                var m = new TreeMap<String, List<Long>>();
                byIndicator.forEach((i, n) -> m.put(i.name(), List.of(n[0], n[1])));
                expected.put(id, m);
            });
            assertThat(shown).as("figures of " + kind + " against the public recount").isEqualTo(expected);
        }

        // The department ranking, and a department whose 按期处置率 lost points drilled down to its late cases.
        var ranking = JSON.readTree(Api.body(api.get("leader", "/api/assessment/rankings?kind=DEPARTMENT&period=2026-10")));
        assertThat(ranking.get("rows").size()).isPositive();
        JsonNode late = null;
        for (var row : ranking.get("rows")) {
            for (var figure : row.get("figures")) {
                if (figure.get("indicator").asString().equals("ON_TIME_HANDLE_RATE")
                        && figure.get("numerator").asLong() < figure.get("denominator").asLong()) {
                    late = row;
                }
            }
        }
        assertThat(late).as("a department with late handling in a simulated month").isNotNull();
        var department = late.get("subjectId").asString();
        var behind = JSON.readTree(Api.body(api.get("leader",
                "/api/assessment/figures/DEPARTMENT/{id}/ON_TIME_HANDLE_RATE/cases?period=2026-10&part=SHORTFALL&size=200",
                department)));
        assertThat(behind.get("cases").size()).isPositive();
        for (var c : behind.get("cases")) {
            var kase = JSON.readTree(Api.body(api.get("leader", "/api/cases/{id}", c.get("caseId").asLong())));
            assertThat(lateHandlingBy(kase, department)).as("case %s handled late (or not at all) by %s",
                    c.get("caseNumber").asString(), department).isTrue();
        }

        // Published: frozen with its hash; the exports carry the same numbers.
        var published = api.post("leader", "/api/assessment/publications", "{\"period\":\"2026-10\"}");
        assertThat(published).hasStatus(201);
        var before = JSON.readTree(Api.body(api.get("leader", "/api/assessment/publications/2026-10")));
        var hash = before.get("publication").get("contentHash").asString();
        var firstRow = ranking.get("rows").get(0);

        var xlsx = api.get("leader", "/api/assessment/rankings.xlsx?period=2026-10");
        assertThat(xlsx).hasStatusOk();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var text = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(r -> r.forEach(cell -> text.append(cell).append('|'))));
            assertThat(text).contains(firstRow.get("name").asString());
            assertThat(text.toString()).contains(String.valueOf(firstRow.get("score").asDouble()));
        }
        var pdf = api.get("leader", "/api/assessment/notice.pdf?period=2026-10");
        assertThat(pdf).hasStatusOk();
        try (var doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(firstRow.get("name").asString()).contains(hash.substring(0, 12));
        }

        // A case of October moved now: the live figures change, the published month does not.
        var liveBefore = figuresShown(SubjectKind.DEPARTMENT, "2026-10");
        var moved = moveAnOpenCase(views);
        settled();
        assertThat(figuresShown(SubjectKind.DEPARTMENT, "2026-10")).as("live after moving " + moved).isNotEqualTo(liveBefore);
        var after = JSON.readTree(Api.body(api.get("leader", "/api/assessment/publications/2026-10")));
        assertThat(after.get("publication").get("contentHash").asString()).isEqualTo(hash);
        assertThat(after.get("snapshot")).isEqualTo(before.get("snapshot"));
    }

    /** kind → subject → indicator → [numerator, denominator] as GET /api/assessment/figures shows it (漏报率 aside). */
    private Map<String, Map<String, List<Long>>> figuresShown(SubjectKind kind, String period) {
        var shown = new TreeMap<String, Map<String, List<Long>>>();
        var body = JSON.readTree(Api.body(api.get("leader", "/api/assessment/figures?kind={k}&period={p}", kind, period)));
        for (var subject : body) {
            var m = new TreeMap<String, List<Long>>();
            for (var figure : subject.get("figures")) {
                var indicator = figure.get("indicator").asString();
                long n = figure.get("numerator").asLong();
                long d = figure.get("denominator").asLong();
                if (!indicator.equals("MISSED_RATE") && (n != 0 || d != 0)) {
                    m.put(indicator, List.of(n, d));
                }
            }
            if (!m.isEmpty()) {
                shown.put(subject.get("subject").get("id").asString(), m);
            }
        }
        return shown;
    }

    /** Whether the history shows the department reporting a fix late, or never within its deadline. */
    private static boolean lateHandlingBy(JsonNode kase, String department) {
        String lead = null;
        for (var e : kase.get("history")) {
            var details = e.get("details");
            if (details != null && details.hasNonNull("leadDepartmentId")) {
                lead = details.get("leadDepartmentId").asString();
            }
            boolean endsHandling = e.get("move").asString().equals("REPORT_HANDLED")
                    || (e.get("move").asString().equals("APPROVE_REQUEST") && details != null
                            && "RETURN".equals(details.path("request").asString()));
            if (endsHandling && department.equals(lead) && e.hasNonNull("stageOnTime") && !e.get("stageOnTime").asBoolean()) {
                return true;
            }
        }
        // Still with the department (or cancelled) past its deadline.
        var status = kase.get("status").asString();
        return List.of("DISPATCHED", "CANCELLED").contains(status) && department.equals(lead);
    }

    /**
     * Cancels an October case still with its department (the dispatcher asks, the shift leader approves): its
     * handling task no longer counts as due to close. Returns its number.
     */
    private String moveAnOpenCase(List<JsonNode> views) {
        var tried = new ArrayList<String>();
        for (var kase : views) {
            if (!kase.get("status").asString().equals("DISPATCHED")) {
                continue;
            }
            var id = kase.get("id").asLong();
            var asked = api.post("dispatcher", "/api/cases/{id}/request-cancel", "{\"comment\":\"重复案件,申请作废\"}", id);
            var approved = api.post("shiftleader", "/api/cases/{id}/approve-cancel", "{\"comment\":\"同意作废\"}", id);
            tried.add(kase.get("number").asString() + " " + asked.getResponse().getStatus() + "/"
                    + approved.getResponse().getStatus());
            if (approved.getResponse().getStatus() == 200) {
                return kase.get("number").asString() + " cancelled";
            }
        }
        throw new AssertionError("no October case could be moved: " + tried);
    }

    private void settled() {
        long deadline = System.currentTimeMillis() + 60_000;
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() > 0) {
            assertThat(System.currentTimeMillis()).as("case events handled by their listeners").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseFlows.ok;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;

/**
 * DOMAIN §5 limits over HTTP: a hotline case carries the citizen-service limit of its complexity (never longer
 * than promised), and a missing manhole cover is made safe within 3 h and fixed within 6 h, both clocks counting.
 */
abstract class TimeLimitsContract extends CaseIntegrationTest {

    private long hotline(String extra) {
        var result = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"市民来电:路灯不亮\"" + extra + "}");
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return CaseFlows.id(result);
    }

    private long cases() {
        return jdbc.sql("select count(*) from cases").query(Long.class).single();
    }

    @Test
    void a_hotline_report_carries_the_limit_of_its_complexity() {
        long simple = hotline("");
        var view = api.get("operator", "/api/cases/{id}", simple);
        assertThat(Api.<String>read(view, "$.complexity")).isEqualTo("SIMPLE");
        assertThat(Api.<Map<String, Object>>read(view, "$.handlingLimit")).containsEntry("amount", 5).containsEntry("unit", "WORK_DAYS");

        long complex = hotline(",\"complexity\":\"COMPLEX\"");
        view = api.get("operator", "/api/cases/{id}", complex);
        assertThat(Api.<String>read(view, "$.complexity")).isEqualTo("COMPLEX");
        assertThat(Api.<Map<String, Object>>read(view, "$.handlingLimit")).containsEntry("amount", 15).containsEntry("unit", "WORK_DAYS");

        // Filed under a condition of 4 work hours: the stricter limit stays; the promise is never exceeded.
        ok(flows().move("operator", complex, "send-to-verify", null));
        ok(flows().move("inspector", complex, "verify-true", "{\"comment\":\"属实\",\"photoIds\":[\"" + flows().photo("inspector") + "\"]}"));
        var filed = ok(flows().move("shiftleader", complex, "file", "{\"conditionCode\":\"E0102-01\"}"));
        assertThat(Api.<Map<String, Object>>read(filed, "$.handlingLimit")).containsEntry("amount", 4).containsEntry("unit", "WORK_HOURS");
        assertThat(Api.<String>read(filed, "$.complexity")).isEqualTo("COMPLEX");
    }

    @Test
    void complexity_is_refused_for_other_sources_and_nothing_is_stored() {
        long before = cases();
        var refused = api.post("operator", "/api/cases", "{\"source\":\"PUBLIC\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"市民网上举报\",\"complexity\":\"SIMPLE\"}");
        assertThat(refused).hasStatus(400);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.case.complexity-hotline-only");
        assertThat(Api.<String>read(refused, "$.field")).isEqualTo("complexity");
        assertThat(cases()).isEqualTo(before);
        var unknown = api.post("operator", "/api/cases", "{\"source\":\"HOTLINE_12345\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"description\":\"市民来电\",\"complexity\":\"HARD\"}");
        assertThat(unknown).hasStatus(400);
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    void a_missing_cover_is_made_safe_within_3_hours_and_fixed_within_6() {
        var condition = api.get("shiftleader", "/api/catalog/conditions/{code}", "C0101-01");
        assertThat(Api.<Map<String, Object>>read(condition, "$.safeLimit")).containsEntry("amount", 3).containsEntry("unit", "NATURAL_HOURS");
        assertThat(Api.<Map<String, Object>>read(condition, "$.handlingLimit")).containsEntry("amount", 6).containsEntry("unit", "NATURAL_HOURS");

        long id = dispatchedManhole();
        var view = api.get("handler", "/api/cases/{id}", id);
        Instant dispatchedAt = Instant.parse(Api.read(view, "$.dispatchedAt"));
        assertThat(Instant.parse(Api.<String>read(view, "$.firstStep.due"))).isEqualTo(dispatchedAt.plus(Duration.ofHours(3)));
        assertThat(Instant.parse(Api.<String>read(view, "$.clock.due"))).isEqualTo(dispatchedAt.plus(Duration.ofHours(6)));
        assertThat(Api.<List<String>>read(view, "$.yourMoves")).contains("REPORT_MADE_SAFE", "REPORT_HANDLED");

        // Three hours pass without the site made safe: the case is overdue on its first step.
        clock.advance(Duration.ofHours(3).plusMinutes(1));
        assertThat(overdueMarker.markOverdue()).isPositive();
        assertThat(Api.<Boolean>read(api.get("handler", "/api/cases/{id}", id), "$.overdue")).isTrue();

        var noPhoto = flows().move("handler", id, "report-made-safe", "{\"comment\":\"已设置围挡\"}");
        assertThat(noPhoto).hasStatus(400);
        assertThat(Api.<String>read(noPhoto, "$.field")).isEqualTo("photoIds");
        var safe = ok(flows().move("handler", id, "report-made-safe",
                "{\"comment\":\"已设置警示标志和围挡\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}"));
        assertThat(Api.<String>read(safe, "$.status")).isEqualTo("DISPATCHED");
        assertThat(Api.body(safe)).doesNotContain("\"firstStep\""); // nulls are left out of the JSON
        assertThat(Api.<String>read(safe, "$.madeSafeAt")).isNotNull();
        assertThat(Api.<Boolean>read(safe, "$.overdue")).isFalse(); // the fix clock has 3 h left
        assertThat(Api.<List<Boolean>>read(safe, "$.history[?(@.move == 'REPORT_MADE_SAFE')].stageOnTime")).containsExactly(false);
        assertThat(Api.<List<String>>read(safe, "$.yourMoves")).doesNotContain("REPORT_MADE_SAFE").contains("REPORT_HANDLED");
        assertThat(overdueMarker.markOverdue()).isZero();

        var again = flows().move("handler", id, "report-made-safe",
                "{\"comment\":\"再次\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}");
        assertThat(again).hasStatus(409);
        assertThat(Api.<String>read(again, "$.code")).isEqualTo("error.case.no-first-step-open");
    }

    @Test
    void made_safe_in_time_counts_as_on_time_and_the_fix_alone_meets_an_open_first_step() {
        long id = dispatchedManhole();
        clock.advance(Duration.ofHours(2));
        var safe = ok(flows().move("handler", id, "report-made-safe",
                "{\"comment\":\"已设置围挡\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}"));
        assertThat(Api.<List<Boolean>>read(safe, "$.history[?(@.move == 'REPORT_MADE_SAFE')].stageOnTime")).containsExactly(true);

        long other = dispatchedManhole();
        clock.advance(Duration.ofHours(1));
        var fixed = ok(flows().move("handler", other, "report-handled",
                "{\"comment\":\"已补装井盖\",\"photoIds\":[\"" + flows().photo("handler") + "\"]}"));
        assertThat(Api.<String>read(fixed, "$.madeSafeAt")).isNotNull();
        assertThat(Api.<List<String>>read(fixed, "$.history[?(@.move == 'REPORT_HANDLED')].details.madeSafeOnTime")).containsExactly("true");
    }

    @Test
    void an_administrator_sets_a_first_step_limit_within_the_bounds() {
        var set = api.put("admin", "/api/catalog/conditions/{code}", "{\"description\":\"井盖破损、松动、移位或下沉\","
                + "\"limitAmount\":24,\"limitUnit\":\"NATURAL_HOURS\",\"closingCondition\":\"井盖已修复\",\"safeLimitAmount\":2}", "C0101-02");
        assertThat(set).as(Api.body(set)).hasStatusOk();
        assertThat(Api.<Map<String, Object>>read(set, "$.safeLimit")).containsEntry("amount", 2).containsEntry("unit", "NATURAL_HOURS");
        var kept = api.put("admin", "/api/catalog/conditions/{code}", "{\"description\":\"井盖破损、松动、移位或下沉\","
                + "\"limitAmount\":24,\"limitUnit\":\"NATURAL_HOURS\",\"closingCondition\":\"井盖已修复\"}", "C0101-02");
        assertThat(Api.<Map<String, Object>>read(kept, "$.safeLimit")).containsEntry("amount", 2);
        var tooLong = api.put("admin", "/api/catalog/conditions/{code}", "{\"description\":\"井盖破损\","
                + "\"limitAmount\":24,\"limitUnit\":\"NATURAL_HOURS\",\"closingCondition\":\"井盖已修复\",\"safeLimitAmount\":9000}", "C0101-02");
        assertThat(tooLong).hasStatus(400);
        assertThat(Api.<String>read(tooLong, "$.field")).isEqualTo("safeLimitAmount");
        var notShorter = api.put("admin", "/api/catalog/conditions/{code}", "{\"description\":\"井盖破损\","
                + "\"limitAmount\":24,\"limitUnit\":\"NATURAL_HOURS\",\"closingCondition\":\"井盖已修复\",\"safeLimitAmount\":24}", "C0101-02");
        assertThat(notShorter).hasStatus(400);
        assertThat(Api.<String>read(notShorter, "$.code")).isEqualTo("error.catalog.safe-limit-not-shorter");
        var removed = api.put("admin", "/api/catalog/conditions/{code}", "{\"description\":\"井盖破损、松动、移位或下沉\","
                + "\"limitAmount\":24,\"limitUnit\":\"NATURAL_HOURS\",\"closingCondition\":\"井盖已修复\",\"safeLimitAmount\":0}", "C0101-02");
        assertThat(removed).hasStatusOk();
        assertThat(Api.body(removed)).doesNotContain("\"safeLimit\"");
    }

    /** An inspector's report of a missing cover (C0101-01), accepted, filed and dispatched to the handler's department. */
    private long dispatchedManhole() {
        var report = api.post("inspector", "/api/cases", "{\"source\":\"INSPECTOR\"," + flows().position(CaseFlows.INSPECTOR_GRID)
                + ",\"conditionCode\":\"C0101-01\",\"description\":\"上水井盖丢失\",\"photoIds\":[\"" + flows().photo("inspector") + "\"]}");
        assertThat(report).as(Api.body(report)).hasStatus(201);
        long id = CaseFlows.id(report);
        ok(flows().move("operator", id, "accept", null));
        ok(flows().move("shiftleader", id, "file", null));
        var department = ((Number) Api.read(api.get("handler", "/api/me"), "$.departmentId")).longValue();
        ok(flows().move("dispatcher", id, "dispatch", "{\"departmentId\":" + department + "}"));
        return id;
    }
}

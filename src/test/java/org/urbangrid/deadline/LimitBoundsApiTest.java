package org.urbangrid.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Every limit is bounded where it is saved (400 naming the field, nothing changed), and the calculator too. */
class LimitBoundsApiTest extends IntegrationTest {

    @Autowired Catalog catalog;
    @Autowired StageLimits limits;

    @Test
    void the_calculator_refuses_10000_work_days_with_a_400_not_a_500() {
        var result = api.get("operator", "/api/calendar/add?amount=10000&unit=WORK_DAYS");
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.code")).isEqualTo("error.deadline.limit-out-of-bounds");
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("amount");
        assertThat(Api.<String>read(result, "$.detail")).contains("amount", "10000", "60 工作日").doesNotContain("10,000");
        var longest = api.get("operator", "/api/calendar/add?amount=60&unit=WORK_DAYS&from=2099-12-31T16:00");
        assertThat(longest).hasStatusOk();
        assertThat(Api.<String>read(longest, "$.dueLocal")).startsWith("2100-03-");
        assertThat(api.get("operator", "/api/calendar/add?amount=4&unit=WORK_HOURS&from=+999999999-12-31T10:00"))
                .hasStatus(400);
    }

    @Test
    void a_condition_limit_beyond_the_bound_is_refused_and_nothing_changes() {
        var before = catalog.condition("E0299-01").orElseThrow();
        var result = api.put("admin", "/api/catalog/conditions/E0299-01", """
                {"description":"x","limitAmount":10000,"limitUnit":"WORK_DAYS","closingCondition":"y"}""");
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("limitAmount");
        var added = api.post("admin", "/api/catalog/classes/E0299/conditions", """
                {"description":"x","limitAmount":721,"limitUnit":"WORK_HOURS","closingCondition":"y"}""");
        assertThat(added).hasStatus(400);
        assertThat(catalog.condition("E0299-01")).contains(before);
        assertThat(catalog.conditionsOf("E0299")).noneMatch(c -> c.handlingLimit().amount() == 721);
    }

    @Test
    void a_stage_limit_beyond_the_bound_is_refused_naming_the_stage() {
        var result = mvc.put().uri("/api/stage-limits").header("Authorization", "Bearer " + api.token("admin"))
                .header("Accept-Language", "en").contentType("application/json")
                .content("[{\"stage\":\"CHECK\",\"amount\":100000,\"unit\":\"WORK_MINUTES\"}]").exchange();
        assertThat(result).hasStatus(400);
        assertThat(Api.<String>read(result, "$.field")).isEqualTo("stageLimits.CHECK.amount");
        assertThat(Api.<String>read(result, "$.detail")).isEqualTo(
                "check: the limit 100000 is out of range; it must be between 1 and 43200 work minutes.");
        assertThat(limits.limit(Stage.CHECK)).isEqualTo(TimeLimit.workMinutes(30));
    }

    @Test
    void the_admin_forms_use_the_same_bounds() {
        var form = mvc.post().uri("/admin/calendar/limits").with(user("admin").roles("ADMIN")).with(csrf());
        limits.all().forEach((stage, limit) -> {
            if (stage != Stage.CLOSE) {
                form.param("amount_" + stage, String.valueOf(limit.amount())).param("unit_" + stage, limit.unit().name());
            }
        });
        var refused = form.param("amount_CLOSE", "61").param("unit_CLOSE", "WORK_DAYS").exchange();
        assertThat(refused).hasStatus(400).bodyText().contains("1 到 60 之间", "工作日");
        assertThat(limits.limit(Stage.CLOSE)).isEqualTo(TimeLimit.workMinutes(30));
        var condition = mvc.post().uri("/admin/catalog/conditions/E0299-01").with(user("admin").roles("ADMIN"))
                .with(csrf()).param("description", "x").param("limitAmount", "10000").param("limitUnit", "WORK_DAYS")
                .param("closingCondition", "y").exchange();
        assertThat(condition).hasStatus(400).bodyText().contains("1 到 60 之间");
    }
}

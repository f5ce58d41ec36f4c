package org.urbangrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;
import org.urbangrid.simulation.SimulationRuns;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * A first start as a new user meets it: the demo district with its recent past played by the domain's own moves
 * (urbangrid.demo-history on, as in the application; off in the other tests), so that every desk role's queue has
 * cases, the demo {@code handler} gets its department's, and the staff have personal names. Runs in a database of
 * its own.
 */
@TestPropertySource(properties = {"urbangrid.demo-history=true",
        "spring.datasource.url=jdbc:h2:mem:demo-history;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoHistoryTest extends IntegrationTest {

    @Autowired
    SimulationRuns runs;

    @Autowired
    Organization organization;

    @Test
    void the_demo_has_a_few_days_of_cases_played_by_every_role_without_a_refused_move() {
        var run = runs.current().orElseThrow();
        assertThat(run.startedBy()).isEqualTo("demo");
        assertThat(run.state()).isEqualTo(SimulationRuns.State.DONE);
        var summary = run.result().summary();
        assertThat(summary.refused()).as(summary.describe()).isZero();
        assertThat(summary.reported()).isGreaterThan(150);
        assertThat(summary.leftOpen()).as("cases still open today").isGreaterThan(10);
        assertThat(summary.reworks() + summary.returns() + summary.extensions()).as("histories with incidents").isPositive();
        assertThat(summary.until()).isEqualTo(java.time.LocalDate.of(2026, 11, 25));

        var byStatus = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            var page = api.get("leader", "/api/cases?status={s}&size=1", status.name());
            assertThat(page).hasStatusOk();
            byStatus.put(status, Api.<Number>read(page, "$.total").longValue());
        }
        assertThat(byStatus.get(CaseStatus.CLOSED)).as(byStatus.toString()).isPositive();
        assertThat(byStatus.entrySet().stream().filter(e -> e.getValue() > 0).count()).as(byStatus.toString())
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void each_desk_role_and_the_demo_handler_find_cases_in_their_queue() {
        Map<String, Long> queues = new java.util.LinkedHashMap<>();
        // the inspector's tasks are the checks sent to it, which last half an hour: none is left over at midnight
        for (var user : List.of("operator", "shiftleader", "dispatcher", "handler")) {
            var page = api.get(user, "/api/cases/my-tasks?size=1");
            assertThat(page).hasStatusOk();
            queues.put(user, Api.<Number>read(page, "$.total").longValue());
        }
        assertThat(queues).as("queues " + queues).allSatisfy((user, count) -> assertThat(count).as(user).isPositive());
    }

    @Test
    void the_demo_staff_have_personal_names_and_the_demo_logins_are_unchanged() {
        var names = new ArrayList<String>();
        // People, that is: a channel's account is named for its channel (12345 市民服务热线).
        for (var role : Role.staffRoles()) {
            organization.staffWithRole(role).stream().map(StaffMember::displayName).forEach(names::add);
        }
        assertThat(names).doesNotHaveDuplicates().noneMatch(n -> n.matches(".*\\d.*") || n.endsWith("处置员")
                || n.startsWith("监督员"));
        assertThat(organization.staffWithRole(Role.INSPECTOR)).extracting(StaffMember::displayName)
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        for (var username : DemoOrganization.ACCOUNTS) {
            assertThat(api.token(username)).as(username).isNotBlank();
        }
    }
}

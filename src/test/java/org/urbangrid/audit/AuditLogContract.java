package org.urbangrid.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.deadline.DayKind;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.SpecialDay;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.StageLimits;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.dispatch.NewRoutingRule;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.support.IntegrationTest;

/** Every administrative change leaves one entry naming who, what, before and after; on H2 and PostgreSQL. */
abstract class AuditLogContract extends IntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    Organization organization;

    @Autowired
    WorkCalendars calendars;

    @Autowired
    StageLimits stageLimits;

    @Autowired
    RoutingRules routing;

    @Autowired
    CatalogAdministration catalogAdministration;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void actAsAdmin() {
        var admin = StaffPrincipal.of(organization.staffByUsername("admin").orElseThrow());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin,
                null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private AuditEntry latest(String area) {
        return audit.page(area, null, 1).entries().get(0);
    }

    @Test
    void calendar_days_are_recorded_with_before_and_after() {
        var date = LocalDate.of(2039, 5, 18);
        calendars.saveDay(new SpecialDay(date, DayKind.HOLIDAY, "城市日"));
        var saved = latest("calendar");
        assertThat(saved.action()).isEqualTo("save-day");
        assertThat(saved.subject()).isEqualTo("2039-05-18");
        assertThat(saved.actorName()).isEqualTo("admin");
        assertThat(saved.actorId()).isEqualTo(organization.staffByUsername("admin").orElseThrow().id());
        assertThat(saved.before()).isNull();
        assertThat(saved.after()).contains("城市日", "HOLIDAY");
        calendars.deleteDay(date);
        var deleted = latest("calendar");
        assertThat(deleted.action()).isEqualTo("delete-day");
        assertThat(deleted.before()).contains("城市日");
        assertThat(deleted.after()).isNull();
    }

    @Test
    void stage_limits_are_recorded_with_the_old_and_new_limits() {
        var old = stageLimits.limit(Stage.CHECK);
        stageLimits.change(Map.of(Stage.CHECK, new TimeLimit(old.amount() + 7, LimitUnit.WORK_MINUTES)));
        var entry = latest("limits");
        stageLimits.change(Map.of(Stage.CHECK, old));
        assertThat(entry.before()).contains("\"CHECK\":{\"amount\":" + old.amount());
        assertThat(entry.after()).contains("\"CHECK\":{\"amount\":" + (old.amount() + 7));
    }

    @Test
    void routing_rules_and_catalogue_classes_are_recorded() {
        var department = organization.departments().get(0).id();
        var rule = routing.create(new NewRoutingRule("E0102", null, department, "审计测试"));
        assertThat(latest("routing").action()).isEqualTo("create-rule");
        routing.deactivate(rule.id());
        var deactivated = latest("routing");
        assertThat(deactivated.subject()).isEqualTo(String.valueOf(rule.id()));
        assertThat(deactivated.before()).contains("\"active\":true");
        assertThat(deactivated.after()).contains("\"active\":false");

        var cls = catalog.findClass("E0102").orElseThrow();
        catalogAdministration.updateClass("E0102", cls.name(), cls.active());
        var entry = latest("catalog");
        assertThat(entry.action()).isEqualTo("update-class");
        assertThat(entry.before()).contains(cls.name());
    }

    @Test
    void pages_are_newest_first_and_follow_on_by_keyset() {
        for (int i = 0; i < 5; i++) {
            audit.record("test-paging", "step", "s" + i, null, Map.of("i", i));
        }
        var first = audit.page("test-paging", null, 3);
        assertThat(first.entries()).extracting(AuditEntry::subject).startsWith("s4", "s3", "s2");
        var second = audit.page("test-paging", first.nextBefore(), 3);
        assertThat(second.entries()).extracting(AuditEntry::subject).startsWith("s1", "s0");
        assertThat(second.entries().get(0).id()).isLessThan(first.entries().get(2).id());
    }
}

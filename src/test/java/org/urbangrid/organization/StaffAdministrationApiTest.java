package org.urbangrid.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** Staff edited, deactivated, reset and signed out by an administrator; people change their own password. */
class StaffAdministrationApiTest extends IntegrationTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (ProcessHandle.current().pid() % 1000) * 100);
    private static final String STREET = "210231001";
    private static final String UNIT = "210231001002005";

    @Autowired
    Organization organization;

    private StaffMember person(Role role) {
        var name = "staffadm" + NEXT.getAndIncrement();
        return organization.createStaff(new NewStaff(name, "人员" + name, "first-pass", role, null, null, null));
    }

    private String token(StaffMember member, String password) {
        return Api.read(mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + member.username() + "\",\"password\":\"" + password + "\"}").exchange(),
                "$.token");
    }

    private int me(String token) {
        return mvc.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange().getResponse().getStatus();
    }

    private MockHttpSession browserLogin(StaffMember member, String password) {
        var login = mvc.post().uri("/login").param("username", member.username()).param("password", password)
                .with(csrf()).exchange();
        assertThat(login).redirectedUrl().isEqualTo("/");
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private int console(MockHttpSession session) {
        return mvc.get().uri("/console").session(session).exchange().getResponse().getStatus();
    }

    @Test
    void logout_revokes_the_token_it_carries() {
        var member = person(Role.OPERATOR);
        var token = token(member, "first-pass");
        var other = token(member, "first-pass");
        assertThat(me(token)).isEqualTo(200);
        assertThat(mvc.post().uri("/api/auth/logout").header("Authorization", "Bearer " + token).exchange())
                .hasStatus(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(me(other)).isEqualTo(200);
    }

    @Test
    void deactivation_ends_tokens_and_browser_sessions_at_once_and_reactivation_allows_login_again() {
        var member = person(Role.OPERATOR);
        var token = token(member, "first-pass");
        var session = browserLogin(member, "first-pass");
        assertThat(console(session)).isEqualTo(200);

        var off = api.post("admin", "/api/staff/{id}/deactivate", null, member.id());
        assertThat(off).hasStatusOk();
        assertThat(Api.<Boolean>read(off, "$.active")).isFalse();
        assertThat(me(token)).isEqualTo(401);
        assertThat(console(session)).isEqualTo(302);
        var refused = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + member.username() + "\",\"password\":\"first-pass\"}").exchange();
        assertThat(refused).hasStatus(401);

        assertThat(api.post("admin", "/api/staff/{id}/reactivate", null, member.id())).hasStatusOk();
        assertThat(me(token(member, "first-pass"))).isEqualTo(200);
    }

    @Test
    void an_administrator_signs_a_person_out_everywhere() {
        var member = person(Role.DISPATCHER);
        var token = token(member, "first-pass");
        var session = browserLogin(member, "first-pass");
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.post("admin", "/api/staff/{id}/revoke-tokens", null, member.id())).hasStatus(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(console(session)).isEqualTo(302);
        assertThat(me(token(member, "first-pass"))).isEqualTo(200);
    }

    @Test
    void a_password_reset_returns_a_one_time_password_once_and_the_old_one_stops_working() {
        var member = person(Role.OPERATOR);
        var token = token(member, "first-pass");
        var reset = api.post("admin", "/api/staff/{id}/password-reset", null, member.id());
        assertThat(reset).hasStatusOk();
        String password = Api.read(reset, "$.password");
        assertThat(password).hasSize(12);
        assertThat(me(token)).isEqualTo(401);
        var old = mvc.post().uri("/api/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + member.username() + "\",\"password\":\"first-pass\"}").exchange();
        assertThat(old).hasStatus(401);
        assertThat(me(token(member, password))).isEqualTo(200);
    }

    @Test
    void people_change_their_own_password_with_the_current_one() {
        var member = person(Role.LEADER);
        var token = token(member, "first-pass");
        var wrong = mvc.post().uri("/api/me/password").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"nope\",\"newPassword\":\"second-pass\"}").exchange();
        assertThat(wrong).hasStatus(400);
        assertThat(Api.<String>read(wrong, "$.code")).isEqualTo("error.password.current-wrong");
        var tooShort = mvc.post().uri("/api/me/password").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"first-pass\",\"newPassword\":\"short\"}").exchange();
        assertThat(tooShort).hasStatus(400);
        assertThat(Api.<String>read(tooShort, "$.code")).isEqualTo("error.password.length");

        var changed = mvc.post().uri("/api/me/password").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"first-pass\",\"newPassword\":\"second-pass\"}").exchange();
        assertThat(changed).hasStatus(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(me(token(member, "second-pass"))).isEqualTo(200);
    }

    @Test
    void an_edit_changes_name_role_department_and_street_and_a_scope_change_ends_sessions() {
        var member = person(Role.OPERATOR);
        var session = browserLogin(member, "first-pass");
        clock.advance(Duration.ofSeconds(1));
        var edited = api.put("admin", "/api/staff/{id}", """
                {"displayName":"新名字","role":"SHIFT_LEADER","streetCode":"%s","phone":"12345"}""".formatted(STREET),
                member.id());
        assertThat(edited).hasStatusOk();
        assertThat(Api.<String>read(edited, "$.displayName")).isEqualTo("新名字");
        assertThat(Api.<String>read(edited, "$.role")).isEqualTo("SHIFT_LEADER");
        assertThat(Api.<String>read(edited, "$.streetCode")).isEqualTo(STREET);
        assertThat(console(session)).isEqualTo(302);
    }

    @Test
    void a_street_that_does_not_exist_is_refused_on_create_and_edit() {
        var created = api.post("admin", "/api/staff", """
                {"username":"%s","displayName":"x","password":"secret-1","role":"OPERATOR","streetCode":"210231999"}"""
                .formatted("nostreet" + NEXT.getAndIncrement()));
        assertThat(created).hasStatus(400);
        assertThat(Api.<String>read(created, "$.code")).isEqualTo("error.staff.street-unknown");
        var member = person(Role.OPERATOR);
        var edited = api.put("admin", "/api/staff/{id}", """
                {"displayName":"x","role":"OPERATOR","streetCode":"210231999"}""", member.id());
        assertThat(edited).hasStatus(400);
        assertThat(Api.<String>read(edited, "$.detail")).contains("210231999");
        assertThat(organization.requireStaff(member.id()).streetCode()).isNull();
    }

    @Test
    void an_area_with_unknown_grid_codes_is_refused_whole_naming_them() {
        var member = person(Role.INSPECTOR);
        assertThat(api.put("admin", "/api/staff/{id}/area", "{\"unitGridCodes\":[\"" + UNIT + "\"]}", member.id()))
                .hasStatusOk();
        var refused = api.put("admin", "/api/staff/{id}/area",
                "{\"unitGridCodes\":[\"" + UNIT + "\",\"210231001002999\",\"210231001009001\"]}", member.id());
        assertThat(refused).hasStatus(400);
        assertThat(Api.<String>read(refused, "$.code")).isEqualTo("error.staff.area-unknown-grids");
        assertThat(Api.<String>read(refused, "$.detail")).contains("210231001002999", "210231001009001");
        assertThat(Api.<List<String>>read(refused, "$.unknownCodes"))
                .containsExactly("210231001002999", "210231001009001");
        assertThat(organization.areaOf(member.id())).containsExactly(UNIT);
    }

    @Autowired
    TransactionTemplate tx;

    @Test
    void the_last_active_administrator_is_neither_deactivated_nor_demoted() {
        var second = person(Role.ADMIN);
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly(); // the suite's other administrators come back afterwards
            var demo = organization.staffByUsername("admin").orElseThrow();
            organization.staffWithRole(Role.ADMIN).stream().filter(StaffMember::active)
                    .filter(a -> a.id() != demo.id() && a.id() != second.id())
                    .forEach(a -> organization.setActive(a.id(), false, demo.id()));
            // Two left: one may go, then the other must stay, by role change or by deactivation.
            organization.setActive(second.id(), false, demo.id());
            var refusedDemotion = org.assertj.core.api.Assertions.catchThrowableOfType(UrbanGridException.class,
                    () -> organization.updateStaff(demo.id(), new StaffChange(demo.displayName(), Role.OPERATOR, null,
                            null, null)));
            assertThat(refusedDemotion.status().value()).isEqualTo(409);
            assertThat(refusedDemotion.getMessage()).contains("last-admin");
            organization.setActive(second.id(), true, demo.id());
            var refusedDeactivation = org.assertj.core.api.Assertions.catchThrowableOfType(UrbanGridException.class,
                    () -> organization.setActive(demo.id(), false, second.id()));
            assertThat(refusedDeactivation).isNull(); // two active: the demo admin may go …
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(UrbanGridException.class,
                    () -> organization.setActive(second.id(), false, demo.id())).status().value()).isEqualTo(409);
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(UrbanGridException.class,
                    () -> organization.setActive(second.id(), false, second.id())).getMessage())
                    .contains("cannot-deactivate-self");
        });
        assertThat(organization.staffByUsername("admin").orElseThrow().active()).isTrue();
    }

    @Test
    void only_administrators_manage_staff() {
        var member = person(Role.OPERATOR);
        assertThat(api.post("dispatcher", "/api/staff/{id}/deactivate", null, member.id())).hasStatus(403);
        assertThat(api.post("dispatcher", "/api/staff/{id}/password-reset", null, member.id())).hasStatus(403);
        assertThat(api.put("dispatcher", "/api/staff/{id}", "{}", member.id())).hasStatus(403);
        assertThat(api.post("admin", "/api/staff/{id}/deactivate", null,
                organization.staffByUsername("admin").orElseThrow().id())).hasStatus(400);
    }

    @Test
    void every_staff_change_lands_in_the_audit_log_with_before_and_after() {
        var member = person(Role.OPERATOR);
        api.post("admin", "/api/staff/{id}/deactivate", null, member.id());
        var log = api.get("admin", "/api/audit?area=staff&size=5");
        assertThat(log).hasStatusOk();
        assertThat(Api.<String>read(log, "$.entries[0].action")).isEqualTo("deactivate");
        assertThat(Api.<String>read(log, "$.entries[0].subject")).isEqualTo(member.username());
        assertThat(Api.<String>read(log, "$.entries[0].actorName")).isEqualTo("admin");
        assertThat(Api.<String>read(log, "$.entries[0].before")).contains("\"active\":true");
        assertThat(Api.<String>read(log, "$.entries[0].after")).contains("\"active\":false");
        assertThat(api.get("dispatcher", "/api/audit")).hasStatus(403);
    }
}

package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseMove.*;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.attachments.PhotoStore;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The figures API: what each role may read, the drill-down, and a 400 naming the field for bad input. */
class FiguresApiTest extends IntegrationTest {

    @Autowired
    CaseManagement management;
    @Autowired
    Organization organization;
    @Autowired
    PhotoStore photos;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;

    CaseLives lives;

    @AfterEach
    void signOut() {
        if (lives != null) {
            lives.signOut();
        }
    }

    /** One case on 10 May (or June) 2034, dispatched to 环卫 and handled; returns its id. */
    private long handledCase(int month) {
        lives = new CaseLives(management, organization, photos, grids, clock);
        lives.at(LocalDateTime.of(2034, month, 10, 9, 0));
        long id = lives.inspectorReport("inspector", CaseLives.GRID);
        lives.move("operator", id, ACCEPT);
        lives.move("shiftleader", id, FILE);
        lives.move("dispatcher", id, DISPATCH);
        lives.move("handler", id, REPORT_HANDLED);
        lives.signOut();
        LedgerSettled.await(jdbc);
        return id;
    }

    @Test
    void a_leader_reads_every_department_and_drills_down_to_the_cases() {
        long id = handledCase(6);
        long sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
        var result = api.get("leader", "/api/assessment/figures?kind=DEPARTMENT&period=2034-06");
        assertThat(result).hasStatusOk();
        List<String> ids = Api.read(result, "$[*].subject.id");
        assertThat(ids).contains(Long.toString(sanitation));
        String path = "$[?(@.subject.id == '" + sanitation + "')].figures.ON_TIME_HANDLE_RATE.numerator";
        assertThat(Api.<List<Integer>>read(result, path)).containsExactly(1);
        var cases = api.get("leader", "/api/assessment/figures/DEPARTMENT/{id}/ON_TIME_HANDLE_RATE/cases?period=2034-06&part=NUMERATOR",
                sanitation);
        assertThat(cases).hasStatusOk();
        assertThat(Api.<List<Integer>>read(cases, "$.cases[*].caseId")).containsExactly((int) id);
        assertThat(Api.<List<String>>read(cases, "$.cases[*].status")).containsExactly("HANDLED");
    }

    @Test
    void department_staff_read_their_department_only_and_inspectors_themselves() {
        handledCase(5);
        long sanitation = organization.staffByUsername("handler").orElseThrow().departmentId();
        var own = api.get("handler", "/api/assessment/figures?kind=DEPARTMENT&period=2034-05");
        assertThat(own).hasStatusOk();
        assertThat(Api.<List<String>>read(own, "$[*].subject.id")).containsExactly(Long.toString(sanitation));
        assertThat(api.get("handler", "/api/assessment/figures?kind=INSPECTOR&period=2034-05")).hasStatus(403);
        long other = organization.departments().stream().filter(d -> d.id() != sanitation).findFirst().orElseThrow().id();
        assertThat(api.get("handler", "/api/assessment/figures/DEPARTMENT/{id}/HANDLE_RATE/cases?period=2034-05", other))
                .hasStatus(403);
        long inspector = organization.staffByUsername("inspector").orElseThrow().id();
        var mine = api.get("inspector", "/api/assessment/figures?kind=INSPECTOR&period=2034-05");
        assertThat(Api.<List<String>>read(mine, "$[*].subject.id")).containsExactly(Long.toString(inspector));
        assertThat(api.get("inspector", "/api/assessment/figures?kind=DEPARTMENT&period=2034-05")).hasStatus(403);
        assertThat(mvc.get().uri("/api/assessment/figures?kind=DEPARTMENT&period=2034-05").exchange()).hasStatus(401);
    }

    @Test
    void bad_kind_period_or_indicator_is_a_400_naming_the_field() {
        var badKind = api.get("leader", "/api/assessment/figures?kind=CITY&period=2034-05");
        assertThat(badKind).hasStatus(400);
        assertThat(Api.<String>read(badKind, "$.field")).isEqualTo("kind");
        var badPeriod = api.get("leader", "/api/assessment/figures?kind=DEPARTMENT&period=2034-13");
        assertThat(badPeriod).hasStatus(400);
        assertThat(Api.<String>read(badPeriod, "$.field")).isEqualTo("period");
        assertThat(Api.<String>read(badPeriod, "$.detail")).contains("2034-13");
        var badIndicator = api.get("leader", "/api/assessment/figures/DEPARTMENT/1/NO_SUCH/cases?period=2034-05");
        assertThat(badIndicator).hasStatus(400);
        assertThat(Api.<String>read(badIndicator, "$.field")).isEqualTo("indicator");
        var wrongKind = api.get("leader", "/api/assessment/figures/DEPARTMENT/1/MISSED_RATE/cases?period=2034-05");
        assertThat(wrongKind).hasStatus(400);
        assertThat(Api.<String>read(wrongKind, "$.field")).isEqualTo("indicator");
        var badCursor = api.get("leader", "/api/assessment/figures/DEPARTMENT/1/HANDLE_RATE/cases?period=2034-05&after=x");
        assertThat(badCursor).hasStatus(400);
        assertThat(Api.<String>read(badCursor, "$.field")).isEqualTo("after");
        var missing = api.get("leader", "/api/assessment/figures?kind=DEPARTMENT");
        assertThat(missing).hasStatus(400);
        assertThat(Api.<String>read(missing, "$.field")).isEqualTo("period");
    }
}

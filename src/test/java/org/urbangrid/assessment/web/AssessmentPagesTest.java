package org.urbangrid.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.urbangrid.assessment.Indicator.*;

import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.Formulas;
import org.urbangrid.organization.Organization;

/** The rankings page, the drill-down page and the formula page: what each shows and who may open it. */
class AssessmentPagesTest extends AssessmentWebTest {

    private static final Period OCT = Period.month(YearMonth.of(2026, 10));
    private static final Period SEP = OCT.previous();

    @Autowired
    Organization organization;

    @Autowired
    Formulas formulas;

    private String sanitation;
    private String water;

    private static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    @BeforeEach
    void figures() {
        sanitation = String.valueOf(organization.departmentByCode("HW").orElseThrow().id());
        water = String.valueOf(organization.departmentByCode("SWJ").orElseThrow().id());
        // October: 水务局 100 (1st), 环卫 87 (2nd); September: 环卫 1st, 水务局 2nd
        source.put(SubjectKind.DEPARTMENT, OCT, sanitation, "环卫", 60, DEPARTMENT_VOLUME, 60, 0, CLOSE_RATE, 45, 50,
                ON_TIME_HANDLE_RATE, 40, 50, REWORK_RATE, 5, 50);
        source.put(SubjectKind.DEPARTMENT, OCT, water, "水务局", 20, DEPARTMENT_VOLUME, 20, 0, CLOSE_RATE, 20, 20,
                ON_TIME_HANDLE_RATE, 20, 20, REWORK_RATE, 0, 20);
        source.put(SubjectKind.DEPARTMENT, SEP, sanitation, "环卫", 60, DEPARTMENT_VOLUME, 10, 0, CLOSE_RATE, 1, 1);
        source.put(SubjectKind.DEPARTMENT, SEP, water, "水务局", 20, DEPARTMENT_VOLUME, 10, 0, CLOSE_RATE, 1, 2);
        source.putBehind(SubjectKind.DEPARTMENT, sanitation, OCT, ON_TIME_HANDLE_RATE, IndicatorSource.Part.SHORTFALL,
                new IndicatorSource.CaseBehind(11, "20261003-00011", "CLOSED", "超时 3 小时"));
    }

    @Test
    void a_leader_sees_last_months_department_league_with_change_grades_and_figures() {
        var page = mvc.get().uri("/console/assessment").with(as("leader", "LEADER")).exchange();
        assertThat(page).hasStatusOk().bodyText()
                .contains("综合评价", "id=\"ranking-period\">2026-10<", "水务局", "环卫", "87.00", "100.00",
                        "class=\"change up\">▲1<", "class=\"change down\">▼1<", "title=\"40 / 50\"", "80.0%",
                        "按期处置率", "id=\"score-chart\"", "data-chart=", "id=\"nav-assessment\"",
                        "href=\"/console/assessment/cases?kind=DEPARTMENT&amp;period=2026-10&amp;subject=" + sanitation
                                + "&amp;indicator=ON_TIME_HANDLE_RATE\"");
    }

    @Test
    void a_tab_answers_htmx_with_the_ranking_fragment_only() {
        var fragment = mvc.get().uri("/console/assessment?kind=STREET&period=2026-10").header("HX-Request", "true")
                .with(as("leader", "LEADER")).exchange();
        assertThat(fragment).hasStatusOk().bodyText().contains("id=\"ranking\"", "街道").doesNotContain("<html");
    }

    @Test
    void the_picker_reads_the_inputs_of_the_chosen_period_kind() {
        assertThat(mvc.get().uri("/console/assessment?pk=QUARTER&quarter=2026-Q3&kind=DEPARTMENT")
                .with(as("leader", "LEADER")).exchange()).hasStatusOk().bodyText()
                .contains("id=\"ranking-period\">2026-Q3<");
        assertThat(mvc.get().uri("/console/assessment?pk=RANGE&from=2026-10-01&to=2026-10-15")
                .with(as("leader", "LEADER")).exchange()).hasStatusOk().bodyText()
                .contains("id=\"ranking-period\">2026-10-01..2026-10-15<");
        assertThat(mvc.get().uri("/console/assessment?period=2026-13").with(as("leader", "LEADER")).exchange())
                .hasStatus(400).bodyText().contains("id=\"error-message\"", "2026-13");
    }

    @Test
    void rankings_are_published_to_every_role_and_speak_english_on_request() {
        for (var role : java.util.List.of("HANDLER", "DISPATCHER", "INSPECTOR", "ADMIN")) {
            assertThat(mvc.get().uri("/console/assessment").with(as(role.toLowerCase(), role)).exchange()).as(role)
                    .hasStatusOk();
        }
        assertThat(mvc.get().uri("/console/assessment?lang=en").with(as("leader", "LEADER")).exchange())
                .hasStatusOk().bodyText().contains("Assessment", "Departments", "Handled on time rate");
        assertThat(mvc.get().uri("/console/assessment").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void a_handler_gets_drill_down_links_only_for_its_own_department() {
        var page = mvc.get().uri("/console/assessment?period=2026-10").with(as("handler", "HANDLER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("subject=" + sanitation + "&amp;")
                .doesNotContain("subject=" + water + "&amp;");
    }

    @Test
    void the_drill_down_lists_the_cases_that_cost_points_with_links_to_each_case() {
        var uri = "/console/assessment/cases?kind=DEPARTMENT&period=2026-10&subject={s}&indicator=ON_TIME_HANDLE_RATE";
        assertThat(mvc.get().uri(uri, sanitation).with(as("leader", "LEADER")).exchange()).hasStatusOk().bodyText()
                .contains("环卫", "按期处置率", "40 / 50", "href=\"/console/cases/11\"", "20261003-00011", "超时 3 小时");
        assertThat(mvc.get().uri(uri, sanitation).with(as("handler", "HANDLER")).exchange()).hasStatusOk();
        assertThat(mvc.get().uri(uri, water).with(as("handler", "HANDLER")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri(uri, sanitation).with(as("inspector", "INSPECTOR")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri(uri + "&part=NUMERATOR", sanitation).with(as("leader", "LEADER")).exchange())
                .hasStatusOk().bodyText().contains("id=\"cases-empty\"");
    }

    @Test
    void the_formula_page_is_for_administrators_and_shows_the_version_in_force() {
        assertThat(mvc.get().uri("/admin/assessment/formulas").with(as("admin", "ADMIN")).exchange()).hasStatusOk()
                .bodyText().contains("考核办法", "name=\"DEPARTMENT.DEPARTMENT_VOLUME.bands\"",
                        "value=\"0:100 51:90 101:75 201:60 501:40 1001:0\"", "name=\"grade.A\"");
        assertThat(mvc.get().uri("/admin/assessment/formulas").with(as("leader", "LEADER")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/admin/assessment/formulas").param("reason", "x").with(csrf())
                .with(as("leader", "LEADER")).exchange()).hasStatus(403);
    }

    @Test
    void an_administrator_saves_a_new_version_from_the_form_and_a_bad_one_comes_back_marked() {
        var fields = FormulaForm.fields(formulas.inForce(java.time.LocalDate.of(2032, 1, 1)).body());
        fields.put("validFrom", "2032-01-01");
        fields.put("reason", "提高结案率权重");
        fields.put("DEPARTMENT.CLOSE_RATE.weight", "35");
        assertThat(submit(fields)).hasStatus(400).bodyText().contains("105", "id=\"error-field\">DEPARTMENT<");
        fields.put("DEPARTMENT.ON_TIME_HANDLE_RATE.weight", "25");
        fields.put("reason", "结案率 35,按期处置率 25");
        assertThat(submit(fields)).hasStatus3xxRedirection();
        var version = formulas.inForce(java.time.LocalDate.of(2032, 1, 1));
        assertThat(version.reason()).isEqualTo("结案率 35,按期处置率 25");
        assertThat(version.body().kinds().get(SubjectKind.DEPARTMENT).parts())
                .filteredOn(p -> p.indicator() == CLOSE_RATE).singleElement()
                .satisfies(p -> assertThat(p.weight()).isEqualByComparingTo("35"));
        fields.put("validFrom", "2032-02-01");
        fields.put("OPERATOR.OPERATOR_VOLUME.bands", "0:0 101:40 90:60");
        assertThat(submit(fields)).hasStatus(400).bodyText()
                .contains("id=\"error-field\">OPERATOR.OPERATOR_VOLUME.bands<", "field-error");
        fields.put("OPERATOR.OPERATOR_VOLUME.bands", "0:0 lots");
        assertThat(submit(fields)).hasStatus(400).bodyText()
                .contains("id=\"error-field\">OPERATOR.OPERATOR_VOLUME.bands<", "lots");
        assertThat(formulas.inForce(java.time.LocalDate.of(2032, 2, 1)).version()).isEqualTo(version.version());
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult submit(java.util.Map<String, String> fields) {
        var post = mvc.post().uri("/admin/assessment/formulas").with(csrf()).with(as("admin", "ADMIN"));
        fields.forEach((name, value) -> post.param(name, value));
        return post.exchange();
    }
}

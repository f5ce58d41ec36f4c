package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.inputs.Satisfaction;
import org.urbangrid.attachments.TestImages;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** 群众满意度: ratings recorded through the service, scored by department and region. */
abstract class SatisfactionContract extends IntegrationTest {

    /** In the demo inspector's area; 环卫 handles its rubbish. No other test rates a case. */
    static final String GRID = "210231001002007";

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Test
    void mean_stars_map_to_0_100_for_the_lead_department_and_each_region() {
        long handled = closedThroughTheDepartment();
        long onTheSpot = closedOnTheSpot();
        long open = open();

        satisfaction.record(handled, 5);
        satisfaction.record(onTheSpot, 2);
        var november = Period.parse("2026-11");
        var sanitation = Long.toString(organization.departmentByCode("HW").orElseThrow().id());
        // 环卫 led one case, rated 5 → 100; the grid has 5 and 2, mean 3.5 → 62.5
        assertThat(satisfaction.scores(SubjectKind.DEPARTMENT, november)).containsEntry(sanitation, 100.0);
        assertThat(satisfaction.scores(SubjectKind.UNIT_GRID, november)).containsEntry(GRID, 62.5);
        assertThat(satisfaction.scores(SubjectKind.COMMUNITY, november)).containsEntry("210231001002", 62.5);
        assertThat(satisfaction.scores(SubjectKind.STREET, november)).containsEntry("210231001", 62.5);
        assertThat(satisfaction.scores(SubjectKind.DISTRICT, november)).containsEntry("210231", 62.5);
        assertThat(satisfaction.scores(SubjectKind.UNIT_GRID, Period.parse("2026-10"))).doesNotContainKey(GRID);
        assertThat(satisfaction.scores(SubjectKind.INSPECTOR, november)).isEmpty();

        assertThat(refusal(() -> satisfaction.record(handled, 4)).status().value()).isEqualTo(409);
        assertThat(refusal(() -> satisfaction.record(open, 4)).status().value()).isEqualTo(409);
        assertThat(refusal(() -> satisfaction.record(onTheSpot + 1_000_000, 4)).status().value()).isEqualTo(404);
        var zero = refusal(() -> satisfaction.record(open, 0));
        assertThat(zero.status().value()).isEqualTo(400);
        assertThat(zero.properties()).containsEntry("field", "stars");
        assertThat(satisfaction.scores(SubjectKind.UNIT_GRID, november)).containsEntry(GRID, 62.5);
    }

    @Test
    void one_star_is_0_three_is_50_five_is_100() {
        assertThat(new double[] {Satisfaction.mapped(1), Satisfaction.mapped(3), Satisfaction.mapped(5),
                Satisfaction.mapped(4.25)}).containsExactly(0, 50, 100, 81.25);
    }

    static UrbanGridException refusal(Runnable call) {
        var thrown = org.assertj.core.api.Assertions.catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(UrbanGridException.class);
        return (UrbanGridException) thrown;
    }

    long closedThroughTheDepartment() {
        long id = report("/api/cases");
        move("operator", id, "accept", null);
        move("shiftleader", id, "file", null);
        move("dispatcher", id, "dispatch", null);
        move("handler", id, "report-handled", "{\"comment\":\"已清运\",\"photoIds\":[\"" + photo("handler") + "\"]}");
        long inspector = organization.staffByUsername("inspector").orElseThrow().id();
        move("operator", id, "send-to-check", "{\"inspectorId\":" + inspector + "}");
        move("inspector", id, "check-pass", "{\"photoIds\":[\"" + photo("inspector") + "\"]}");
        move("shiftleader", id, "close", "{\"comment\":\"现场已整改\"}");
        return id;
    }

    long closedOnTheSpot() {
        return report("/api/cases/on-the-spot");
    }

    long open() {
        return report("/api/cases");
    }

    long report(String uri) {
        var at = grids.centroidOf(GRID);
        var body = String.format(Locale.ROOT, "{\"source\":\"INSPECTOR\",\"latitude\":%.7f,\"longitude\":%.7f,"
                + "\"conditionCode\":\"E0102-01\",\"description\":\"路边暴露垃圾\",\"photoIds\":[\"%s\"]}",
                at.latitude(), at.longitude(), photo("inspector"));
        var result = api.post("inspector", uri, body);
        assertThat(result).as(Api.body(result)).hasStatus(201);
        return ((Number) Api.read(result, "$.id")).longValue();
    }

    void move(String user, long id, String action, String json) {
        MvcTestResult result = api.post(user, "/api/cases/{id}/{action}", json, id, action);
        assertThat(result).as(action + ": " + Api.body(result)).hasStatus(200);
    }

    String photo(String user) {
        var result = mvc.post().uri("/api/photos").multipart()
                .file(new MockMultipartFile("file", "site.png", "image/png", TestImages.png()))
                .header("Authorization", "Bearer " + api.token(user)).exchange();
        assertThat(result).hasStatus(201);
        return Api.read(result, "$.id");
    }
}

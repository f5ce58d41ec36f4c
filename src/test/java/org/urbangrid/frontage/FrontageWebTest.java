package org.urbangrid.frontage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/**
 * The frontage duty as a new user meets it: a shop registered, a report in front of it linked at once, its record
 * listing the case, routing naming its supervising department; who may do what; nothing personal on the public page.
 */
class FrontageWebTest extends IntegrationTest {

    private static final String PHONE = "13912345678";
    private static final String PERSON = "隐私测试联系人";

    @Autowired
    FrontageUnits units;

    @Autowired
    FrontageRecords records;

    @Autowired
    FrontageRatings ratings;

    @Autowired
    Grids grids;

    @Autowired
    Organization organization;

    @Autowired
    org.urbangrid.dispatch.RoutingRules routing;

    @Test
    void a_report_in_front_of_a_shop_is_linked_to_it_and_routed_to_its_supervising_department() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var geometry = Shapes.toGeoJson(FrontageFixtures.square(at, 0.0001)).toString();
        var created = api.post("admin", "/api/frontage/units", "{\"name\":\"网页测试便利店\",\"kind\":\"个体工商户\","
                + "\"contactPerson\":\"" + PERSON + "\",\"contactPhone\":\"" + PHONE + "\",\"geometry\":" + geometry + "}");
        assertThat(created).as(Api.body(created)).hasStatus(201);
        long unitId = ((Number) Api.read(created, "$.id")).longValue();
        long caseId = FrontageFixtures.report(mvc, api, at, "E0504-01", "网页测试:店外经营");
        assertThat(records.linksOfCase(caseId)).isNotEmpty(); // linked with the report, at once

        var page = mvc.get().uri("/console/frontage/units/{id}", unitId).with(user("dispatcher")).exchange();
        assertThat(page).hasStatusOk();
        var number = records.linksOfCase(caseId).get(0).caseNumber();
        assertThat(Api.body(page)).contains("网页测试便利店", number, "市场监督管理局", PHONE);
        assertThat(Api.read(api.get("dispatcher", "/api/frontage/cases/{id}", caseId), "$[0].unitId").toString())
                .isEqualTo(String.valueOf(unitId));

        var suggestion = api.get("dispatcher", String.format(Locale.ROOT,
                "/api/routing/suggest?conditionCode=E0504-01&lat=%.7f&lng=%.7f", at.latitude(), at.longitude()));
        assertThat(suggestion).hasStatusOk();
        assertThat((String) Api.read(suggestion, "$.departmentCode")).isEqualTo("SJJ");
        assertThat((String) Api.read(suggestion, "$.frontageUnit")).isEqualTo("网页测试便利店");
        assertThat((String) Api.read(suggestion, "$.reason")).contains("网页测试便利店");
        // filed, the case itself is proposed to the supervisor
        assertThat(api.post("operator", "/api/cases/{id}/{action}", null, caseId, "accept")).hasStatusOk();
        assertThat(api.post("shiftleader", "/api/cases/{id}/{action}", null, caseId, "file")).hasStatusOk();
        assertThat(((Number) Api.read(api.get("dispatcher", "/api/cases/{id}", caseId), "$.suggestedDepartmentId"))
                .longValue()).isEqualTo(organization.departmentByCode("SJJ").orElseThrow().id());
    }

    @Test
    void an_administrator_makes_a_rule_for_the_frontage_supervisor_on_the_routing_page() {
        var at = FrontageFixtures.freeSpot(grids, units);
        units.register(new NewUnit("规则测试烧烤", UnitKind.SHOP, null, null, null, FrontageFixtures.square(at, 0.0001), null));
        var hw = organization.departmentByCode("HW").orElseThrow();
        var created = mvc.post().uri("/admin/routing/rules").with(user("admin").roles("ADMIN")).with(csrf()).param("category", "E0510")
                .param("areaCode", "210231001").param("departmentId", String.valueOf(hw.id()))
                .param("frontageSupervisor", "true").param("priority", "0").exchange();
        assertThat(created).hasStatus3xxRedirection();
        var rule = routing.list(false).stream().filter(r -> "E0510".equals(r.category()) && r.frontageSupervisor())
                .findFirst().orElseThrow();
        try {
            assertThat(mvc.get().uri("/admin/routing").with(user("admin").roles("ADMIN")).exchange()).bodyText()
                    .contains("门前三包责任单位的监管部门", "id=\"rule-frontage\"");
            var inside = mvc.get().uri(String.format(Locale.ROOT, "/admin/routing/test?category=E0510-01&lat=%.7f&lng=%.7f",
                    at.latitude(), at.longitude())).with(user("admin").roles("ADMIN")).header("HX-Request", "true").exchange();
            assertThat(inside).bodyText().contains("市场监督管理局", "规则测试烧烤");
            var elsewhere = mvc.get().uri("/admin/routing/test?category=E0510-01&grid=210231001002005")
                    .with(user("admin").roles("ADMIN")).header("HX-Request", "true").exchange();
            assertThat(elsewhere).bodyText().contains(hw.name());
        } finally {
            routing.deactivate(rule.id());
        }
    }

    @Test
    void only_administrators_change_the_register_and_contacts_reach_only_the_staff_who_need_them() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var geometry = Shapes.toGeoJson(FrontageFixtures.square(at, 0.0001)).toString();
        var body = "{\"name\":\"角色测试店\",\"kind\":\"SHOP\",\"contactPhone\":\"" + PHONE + "\",\"geometry\":" + geometry + "}";
        assertThat(api.post("dispatcher", "/api/frontage/units", body)).hasStatus(403);
        assertThat(api.post("leader", "/api/frontage/units/import", "{}")).hasStatus(403);
        var created = api.post("admin", "/api/frontage/units", body);
        long id = ((Number) Api.read(created, "$.id")).longValue();
        var renamed = body.replace("角色测试店", "角色测试店(改)");
        assertThat(api.put("dispatcher", "/api/frontage/units/{id}", renamed, id)).hasStatus(403);
        assertThat((String) Api.read(api.put("admin", "/api/frontage/units/{id}", renamed, id), "$.name"))
                .isEqualTo("角色测试店(改)");
        assertThat((String) Api.read(api.get("operator", "/api/frontage/units/{id}", id), "$.contactPhone")).isEqualTo(PHONE);
        assertThat(Api.body(api.get("inspector", "/api/frontage/units/{id}", id))).doesNotContain(PHONE);
        assertThat(Api.body(api.get("handler", "/api/frontage/units/{id}", id))).doesNotContain(PHONE);
        assertThat(Api.body(api.get("handler-sjj", "/api/frontage/units/{id}", id))).contains(PHONE);
        assertThat(api.post("dispatcher", "/api/frontage/ratings/2026-01", "")).hasStatus(403);
        assertThat(api.post("handler", "/api/frontage/units/{id}/steps",
                "{\"kind\":\"DISSUADE\",\"takenOn\":\"2026-11-20\"}", id)).hasStatus(403);
        assertThat(api.post("handler-sjj", "/api/frontage/units/{id}/steps",
                "{\"kind\":\"DISSUADE\",\"takenOn\":\"2026-11-20\"}", id)).hasStatus(201);
        assertThat(mvc.post().uri("/console/frontage/units").param("name", "x").with(csrf())
                .with(user("leader")).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/console/frontage/units/{id}", id).with(user("inspector")).exchange())
                .hasStatusOk().bodyText().doesNotContain(PHONE);
        assertThat(mvc.get().uri("/console/frontage?q=角色测试").with(user("admin")).exchange()).hasStatusOk()
                .bodyText().contains("角色测试店", "导入 GeoJSON");
        var refused = mvc.post().uri("/console/frontage/units/{id}/steps", id).param("kind", "NOTICE")
                .param("takenOn", "2026-11-20").with(csrf()).with(user("handler")).exchange();
        assertThat(refused).hasStatus(403);
    }

    @Test
    void an_administrator_records_a_contract_with_its_scan_and_staff_read_the_scan() {
        var unit = units.register(new NewUnit("责任书测试店", UnitKind.SHOP, null, null, null,
                FrontageFixtures.square(FrontageFixtures.freeSpot(grids, units), 0.0001), null));
        var today = units.today();
        var posted = mvc.post().uri("/console/frontage/units/{id}/contracts", unit.id()).multipart()
                .file(new org.springframework.mock.web.MockMultipartFile("scan", "scan.png", "image/png",
                        org.urbangrid.attachments.TestImages.png()))
                .param("signedOn", today.minusDays(10).toString()).param("endsOn", today.plusDays(20).toString())
                .param("standards", "LITTER", "STALLS").with(csrf()).with(user("admin")).exchange();
        assertThat(posted).hasStatus3xxRedirection();
        var contract = units.currentContract(unit.id()).orElseThrow();
        assertThat(contract.standards()).containsExactlyInAnyOrder(Standard.LITTER, Standard.STALLS);
        assertThat(contract.scanPhotoId()).isNotNull();
        assertThat(mvc.get().uri("/console/frontage/contracts/{id}/scan", contract.id()).with(user("dispatcher"))
                .exchange()).hasStatusOk().hasContentType("image/png");
        assertThat(mvc.get().uri("/console/frontage/contracts?days=30").with(user("leader")).exchange()).hasStatusOk()
                .bodyText().contains("责任书测试店", "即将到期");
        var noStandards = mvc.post().uri("/console/frontage/units/{id}/contracts", unit.id()).multipart()
                .param("signedOn", today.toString()).param("endsOn", today.plusYears(1).toString())
                .with(csrf()).with(user("admin")).exchange();
        assertThat(noStandards.getMvcResult().getFlashMap().get("error")).asString().contains("门前三包标准");
        assertThat(units.contracts(unit.id())).hasSize(1);
        assertThat(mvc.post().uri("/console/frontage/units/{id}/contracts", unit.id()).multipart()
                .param("signedOn", today.toString()).param("endsOn", today.plusYears(1).toString())
                .param("standards", "LITTER").with(csrf()).with(user("leader")).exchange()).hasStatus(403);
    }

    @Test
    void the_public_ratings_show_names_kinds_streets_and_grades_and_nothing_personal() {
        var at = FrontageFixtures.freeSpot(grids, units);
        units.register(new NewUnit("公开测试面馆", UnitKind.SHOP, "公开测试路 8 号", PERSON, PHONE,
                FrontageFixtures.square(at, 0.0001), null));
        var month = ratings.lastMonth();
        ratings.compute(month);
        // other tests of the shared context may have rated a later month: ask for this one
        for (var lang : new String[] {"zh-CN", "en"}) {
            var page = mvc.get().uri("/public/frontage?month=" + month + "&lang=" + lang).exchange();
            assertThat(page).hasStatusOk();
            assertThat(Api.body(page)).contains("公开测试面馆").doesNotContain(PHONE, PERSON, "公开测试路");
        }
        assertThat(Api.body(mvc.get().uri("/public/frontage?month=" + month).exchange())).contains("个体工商户", "优秀", "凌水街道");
        assertThat(Api.body(mvc.get().uri("/public/frontage?month=" + month + "&lang=en").exchange())).contains("Shop", "Excellent");
    }
}

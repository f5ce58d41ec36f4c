package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.Localized;
import org.urbangrid.support.IntegrationTest;

/** English pages show English data (class, condition, department, street names); Chinese pages the Chinese names. */
class EnglishDataTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    Catalog catalog;

    @Autowired
    Organization organization;

    DeskCases cases;

    @BeforeEach
    void setUp() {
        cases = new DeskCases(api, mvc, grids);
    }

    @Test
    void the_queue_and_the_case_page_name_class_and_department_in_the_page_language() {
        var c = cases.dispatched();
        var chineseQueue = mvc.get().uri("/console?number={n}", c.number()).with(as("handler", "HANDLER")).exchange();
        assertThat(chineseQueue).hasStatusOk().bodyText().contains(c.number(), "<span>暴露垃圾 · E0102-01</span>",
                "市政公用服务中心(环卫)").doesNotContain("Exposed rubbish", "Public Utilities Service Centre");
        var englishQueue = mvc.get().uri("/console?number={n}&lang=en", c.number()).with(as("handler", "HANDLER"))
                .exchange();
        assertThat(englishQueue).hasStatusOk().bodyText().contains(c.number(), "<span>Exposed rubbish · E0102-01</span>",
                "Public Utilities Service Centre (Sanitation)").doesNotContain("<span>暴露垃圾", "市政公用服务中心(环卫)");

        var chinesePage = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(chinesePage).hasStatusOk().bodyText()
                .contains("<dd id=\"case-what\">E0102-01 暴露垃圾:道路、绿地、居民区等处暴露垃圾</dd>",
                        "<dd id=\"case-lead\">市政公用服务中心(环卫)</dd>");
        var englishPage = mvc.get().uri("/console/cases/{id}?lang=en", c.id()).with(as("handler", "HANDLER")).exchange();
        // (the routing reason recorded in the history is the text of its time and stays as written)
        assertThat(englishPage).hasStatusOk().bodyText().contains("<dd id=\"case-what\">E0102-01 Exposed rubbish:"
                + "Exposed rubbish on roads, in green spaces, residential areas and the like</dd>",
                "<dd id=\"case-lead\">Public Utilities Service Centre (Sanitation)</dd>");
    }

    @Test
    void every_class_major_and_condition_of_the_catalogue_has_an_english_name() {
        // The standard classes and the demo city's seeded local ones (other tests add local classes of their own).
        var seededLocal = java.util.Set.of("C2101", "E2101", "E2102", "E2103", "E2104", "E2105", "E2106", "E2107",
                "E2108", "E2109", "E2110");
        var classes = catalog.classes(null, null).stream().filter(c -> !c.local() || seededLocal.contains(c.code()))
                .toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(155);
        assertThat(classes).allSatisfy(c -> {
            assertThat(c.nameEn()).as(c.code()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
            assertThat(c.majorNameEn()).as(c.code()).isNotBlank();
        });
        var conditions = classes.stream().flatMap(c -> catalog.conditionsOf(c.code()).stream()).toList();
        // (other tests add conditions of their own to seeded classes: the 246 seeded ones all have English names)
        var english = conditions.stream().filter(f -> f.nameEn() != null).toList();
        assertThat(english).hasSizeGreaterThanOrEqualTo(246);
        assertThat(english).allSatisfy(f -> assertThat(f.nameEn()).as(f.code()).isNotBlank()
                .doesNotContainPattern("\\p{IsHan}"));
        assertThat(catalog.condition("C0101-01").orElseThrow().nameEn()).isEqualTo("Manhole cover missing");
        assertThat(catalog.findClass("E0102").orElseThrow().nameEn()).isEqualTo("Exposed rubbish");
    }

    @Test
    void streets_communities_and_departments_of_the_demo_district_have_english_names() {
        assertThat(grids.find("210231001").orElseThrow().nameEn()).isEqualTo("Lingshui Subdistrict");
        assertThat(grids.find("210231001002").orElseThrow().nameEn()).isEqualTo("Xiaopingdao Community");
        assertThat(grids.find("210231001002005").orElseThrow().nameEn()).isEqualTo("Xiaopingdao Community Grid 5");
        // the demo's departments (other tests add departments of their own to the shared database)
        var demo = org.urbangrid.demo.DemoOrganization.departmentCodes();
        assertThat(organization.departments().stream().filter(d -> demo.contains(d.code())).toList())
                .hasSize(demo.size()).allSatisfy(d -> assertThat(d.nameEn()).as(d.code()).isNotBlank());
        var street = grids.find("210231001").orElseThrow();
        assertThat(street.name(Locale.ENGLISH)).isEqualTo("Lingshui Subdistrict");
        assertThat(street.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("凌水街道");
        assertThat(Localized.pick("凌水街道", null, Locale.ENGLISH)).isEqualTo("凌水街道");
        assertThat(Localized.pick("凌水街道", " ", Locale.ENGLISH)).isEqualTo("凌水街道");
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(street.localName()).isEqualTo("Lingshui Subdistrict");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}

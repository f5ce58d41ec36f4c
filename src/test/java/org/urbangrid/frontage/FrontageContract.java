package org.urbangrid.frontage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.support.IntegrationTest;

/** The register, its import, contracts, links, steps and ratings on the database (H2 and PostgreSQL twins). */
abstract class FrontageContract extends IntegrationTest {

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
    org.urbangrid.duty.WhoAnswers whoAnswers;

    StaffPrincipal admin() {
        return StaffPrincipal.of(organization.staffByUsername("admin").orElseThrow());
    }

    FrontageUnit shop(String name, LatLng at, double half) {
        return units.register(new NewUnit(name, UnitKind.SHOP, "测试路 1 号", "李老板", "13900001111",
                FrontageFixtures.square(at, half), null));
    }

    @Test
    void a_unit_round_trips_with_its_frontage_and_street_and_is_matched_at_once() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var line = Shapes.fromWkt(String.format(Locale.ROOT, "LINESTRING (%.7f %.7f, %.7f %.7f)", at.longitude() - 0.0002,
                at.latitude(), at.longitude() + 0.0002, at.latitude()));
        var unit = units.register(new NewUnit("往返测试小吃店", UnitKind.SHOP, "凌工路 9 号", "王五", "0411-8888 1234",
                line, 6.0));
        var read = units.require(unit.id());
        assertThat(read.streetCode()).isEqualTo("210231001");
        assertThat(read.depthMetres()).isEqualTo(6.0);
        assertThat(read.source().getGeometryType()).isEqualTo("LineString");
        assertThat(read.areaSquareMetres()).isBetween(0.9 * 12 * 34.6, 1.1 * 12 * 34.6);
        assertThat(read.contactPhone()).isEqualTo("0411-8888 1234");
        assertThat(units.at(at.latitude(), at.longitude())).extracting(FrontageUnit::id).containsExactly(unit.id());
        assertThat(units.search("往返测试", UnitKind.SHOP, "210231001", false, null, 10))
                .extracting(FrontageUnit::id).containsExactly(unit.id());
        units.setActive(unit.id(), false);
        assertThat(units.at(at.latitude(), at.longitude())).isEmpty();
        assertThat(units.search("往返测试", null, null, false, null, 10)).isEmpty();
        assertThat(units.search("往返测试", null, null, true, null, 10)).hasSize(1);
    }

    @Test
    void the_register_pages_by_id_without_gaps_or_repeats() {
        var first = units.search(null, null, null, true, null, 5);
        var second = units.search(null, null, null, true, first.get(4).id(), 5);
        assertThat(second).isNotEmpty();
        assertThat(second.get(0).id()).isGreaterThan(first.get(4).id());
        var both = new java.util.ArrayList<>(first);
        both.addAll(second);
        assertThat(both).extracting(FrontageUnit::id).doesNotHaveDuplicates().isSorted();
        assertThat(units.search(null, null, null, true, null, 10)).extracting(FrontageUnit::id)
                .containsExactlyElementsOf(both.stream().map(FrontageUnit::id).toList());
    }

    @Test
    void a_bad_unit_changes_nothing_and_names_its_field() {
        var at = FrontageFixtures.freeSpot(grids, units);
        assertThatThrownBy(() -> units.register(new NewUnit("  ", UnitKind.SHOP, null, null, null,
                FrontageFixtures.square(at, 0.0001), null)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.properties()).containsEntry("field", "name"));
        var line = Shapes.fromWkt(String.format(Locale.ROOT, "LINESTRING (%.7f %.7f, %.7f %.7f)", at.longitude(),
                at.latitude(), at.longitude() + 0.0002, at.latitude()));
        assertThatThrownBy(() -> units.register(new NewUnit("无进深", UnitKind.SHOP, null, null, null, line, null)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.properties()).containsEntry("field", "depth"));
        var far = new LatLng(30.0, 110.0);
        assertThatThrownBy(() -> units.register(new NewUnit("区外", UnitKind.SHOP, null, null, null,
                FrontageFixtures.square(far, 0.0001), null)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.messageKey()).isEqualTo("frontage.error.outside"));
        assertThat(units.at(at.latitude(), at.longitude())).isEmpty();
    }

    @Test
    void an_import_with_one_bad_feature_imports_nothing_and_reports_every_problem_with_its_index() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var good = Shapes.toGeoJson(FrontageFixtures.square(at, 0.0001)).toString();
        var line = String.format(Locale.ROOT, "{\"type\":\"LineString\",\"coordinates\":[[%.7f,%.7f],[%.7f,%.7f]]}",
                at.longitude() - 0.0002, at.latitude(), at.longitude() + 0.0002, at.latitude());
        var file = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"name\":\"导入好单位\",\"kind\":\"个体工商户\"}", good) + ","
                + feature("{\"name\":\"导入无进深\",\"kind\":\"SHOP\"}", line) + ","
                + feature("{\"kind\":\"外星人\"}", good) + ","
                + feature("{\"name\":\"导入点\",\"kind\":\"学校\"}", "{\"type\":\"Point\",\"coordinates\":[121.5,38.88]}") + "]}";
        assertThatThrownBy(() -> units.importGeoJson(file)).isInstanceOfSatisfying(UrbanGridException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("frontage.error.import-rejected");
            assertThat(java.util.Arrays.stream(e.args()).map(String::valueOf)).containsExactly("3", "4");
            @SuppressWarnings("unchecked")
            var errors = (List<Map<String, Object>>) e.properties().get("errors");
            assertThat(errors).extracting(m -> m.get("index") + ":" + m.get("key")).contains("1:frontage.error.depth",
                    "2:frontage.error.kind-unknown", "2:frontage.error.name-required", "3:frontage.error.shape-kind");
            assertThat(errors).allSatisfy(m -> assertThat((String) m.get("message")).isNotBlank());
        });
        assertThat(units.at(at.latitude(), at.longitude())).isEmpty();
        var fixed = "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("{\"name\":\"导入好单位\",\"kind\":\"个体工商户\"}", good) + ","
                + feature("{\"name\":\"导入沿街\",\"kind\":\"SHOP\",\"depth\":5}", line) + "]}";
        assertThat(units.importGeoJson(fixed).imported()).isEqualTo(2);
        assertThat(units.at(at.latitude(), at.longitude())).extracting(FrontageUnit::name)
                .containsExactlyInAnyOrder("导入好单位", "导入沿街");
    }

    @Test
    void contracts_expiring_within_the_days_and_expired_ones_are_listed_for_renewal_soonest_first() {
        var today = units.today();
        var soon = shop("续签测试甲", FrontageFixtures.freeSpot(grids, units), 0.0001);
        var expired = shop("续签测试乙", FrontageFixtures.freeSpot(grids, units), 0.0001);
        var later = shop("续签测试丙", FrontageFixtures.freeSpot(grids, units), 0.0001);
        var renewed = shop("续签测试丁", FrontageFixtures.freeSpot(grids, units), 0.0001);
        var all = EnumSet.allOf(Standard.class);
        long adminId = admin().id();
        units.addContract(soon.id(), today.minusYears(1), today.plusDays(30), all, null, adminId);
        units.addContract(expired.id(), today.minusYears(2), today.minusDays(1), all, null, adminId);
        units.addContract(later.id(), today.minusYears(1), today.plusDays(31), all, null, adminId);
        units.addContract(renewed.id(), today.minusYears(2), today.minusDays(40), all, null, adminId);
        units.addContract(renewed.id(), today.minusDays(40), today.plusYears(2), all, null, adminId);
        var due = units.dueForRenewal(30, null, null, 1000).stream().map(Contract::unitId).toList();
        assertThat(due).contains(soon.id(), expired.id()).doesNotContain(later.id(), renewed.id());
        assertThat(due.indexOf(expired.id())).isLessThan(due.indexOf(soon.id()));
        var contract = units.currentContract(expired.id()).orElseThrow();
        assertThat(contract.expiredOn(today)).isTrue();
        assertThat(contract.standards()).isEqualTo(all);
        assertThat(units.currentContract(soon.id()).orElseThrow().expiredOn(today.plusDays(30))).isFalse();
        assertThat(units.currentContract(soon.id()).orElseThrow().expiredOn(today.plusDays(31))).isTrue();
        // keyset: the page after the first item starts after it
        var first = units.dueForRenewal(30, null, null, 1).get(0);
        var next = units.dueForRenewal(30, first.endsOn(), first.id(), 1000);
        assertThat(next).extracting(Contract::id).doesNotContain(first.id());
        assertThat(next.size() + 1).isEqualTo(units.dueForRenewal(30, null, null, 1000).size());
        assertThatThrownBy(() -> units.addContract(soon.id(), today, today, all, null, adminId))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.properties()).containsEntry("field", "endsOn"));
    }

    @Test
    void a_reported_case_is_linked_at_once_to_every_unit_containing_it_the_smaller_first_and_repeats_are_marked() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var market = units.register(new NewUnit("链接测试市场", UnitKind.MARKET, null, null, null,
                FrontageFixtures.square(at, 0.00015), null));
        var kiosk = shop("链接测试报亭", at, 0.00004);
        long first = FrontageFixtures.report(mvc, api, at, "E0504-01", "链接测试:门前摆摊");
        // linked in the report's own transaction: there as soon as the report is answered
        var links = records.linksOfCase(first);
        assertThat(links).extracting(CaseLink::unitId).containsExactly(kiosk.id(), market.id());
        assertThat(links).extracting(CaseLink::primary).containsExactly(true, false);
        assertThat(links).allSatisfy(l -> assertThat(l.repeat()).isFalse());
        clock.advance(Duration.ofDays(3));
        long second = FrontageFixtures.report(mvc, api, at, "E0504-01", "链接测试:又摆摊");
        assertThat(records.linksOfCase(second)).hasSize(2);
        assertThat(records.linksOfCase(second)).allSatisfy(l -> assertThat(l.repeatOf()).isEqualTo(first));
        var page = records.cases(kiosk.id(), null, null, 1);
        assertThat(page).extracting(CaseLink::caseId).containsExactly(second);
        var older = records.cases(kiosk.id(), page.get(0).reportedAt(), page.get(0).caseId(), 10);
        assertThat(older).extracting(CaseLink::caseId).containsExactly(first);
    }

    @Test
    void who_answers_in_a_frontage_is_the_unit_with_its_letter_and_its_supervisor_without_one() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var shop = shop("谁负责测试店", at, 0.0001);
        var market = organization.departmentByCode("SJJ").orElseThrow();
        units.setSupervisor(UnitKind.SHOP, market.id());
        var here = whoAnswers.at(new org.urbangrid.duty.Where(at.latitude(), at.longitude(), null, null, null));
        var unit = here.stream().filter(a -> a.key().equals("unit:" + shop.id())).findFirst().orElseThrow();
        var supervisor = here.stream().filter(a -> a.key().equals("unit:" + shop.id() + ":supervisor")).findFirst()
                .orElseThrow();
        assertThat(unit.duty()).isEqualTo(org.urbangrid.duty.Duty.FRONTAGE_UNIT);
        assertThat(supervisor.duty()).isEqualTo(org.urbangrid.duty.Duty.FRONTAGE_SUPERVISOR);
        assertThat(supervisor.name()).isEqualTo(market.name());
        assertThat(supervisor.departmentId()).isEqualTo(market.id());
        // the department signs no letter of its own, and is not its own organisation
        assertThat(supervisor.letterSignedOn()).isNull();
        assertThat(supervisor.organisation()).isNull();
        assertThat(whoAnswers.nameOf("unit:" + shop.id())).contains("谁负责测试店");
        assertThat(whoAnswers.nameOf("unit:" + shop.id() + ":supervisor")).contains(market.name());
    }

    @Test
    void steps_offer_the_next_one_and_only_staff_with_the_duty_record_them() {
        var unit = shop("措施测试店", FrontageFixtures.freeSpot(grids, units), 0.0001);
        units.setSupervisor(UnitKind.SHOP, organization.departmentByCode("SJJ").orElseThrow().id());
        assertThat(records.nextStep(unit.id())).isEqualTo(StepKind.DISSUADE);
        records.recordStep(admin(), unit.id(), StepKind.DISSUADE, units.today(), "门前堆物,劝阻", null);
        assertThat(records.nextStep(unit.id())).isEqualTo(StepKind.NOTICE);
        var market = StaffPrincipal.of(organization.staffByUsername("handler-sjj").orElseThrow());
        records.recordStep(market, unit.id(), StepKind.NOTICE, units.today(), null, null);
        assertThat(records.nextStep(unit.id())).isEqualTo(StepKind.PENALTY);
        var sanitation = StaffPrincipal.of(organization.staffByUsername("handler").orElseThrow());
        var inspector = StaffPrincipal.of(organization.staffByUsername("inspector").orElseThrow());
        for (var refused : List.of(sanitation, inspector)) {
            assertThatThrownBy(() -> records.recordStep(refused, unit.id(), StepKind.PENALTY, units.today(), null, null))
                    .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        }
        assertThatThrownBy(() -> records.recordStep(admin(), unit.id(), StepKind.PENALTY, units.today().plusDays(1),
                null, null)).isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.properties()).containsEntry("field", "takenOn"));
        assertThat(records.steps(unit.id())).extracting(Step::kind).containsExactly(StepKind.NOTICE, StepKind.DISSUADE);
    }

    @Test
    void three_failed_months_in_a_row_flag_a_unit_and_a_case_late_on_the_last_day_counts_for_its_own_month() {
        var at = FrontageFixtures.freeSpot(grids, units);
        var unit = shop("评定测试烧烤店", at, 0.0001);
        var admin = admin();
        // February and March: a written notice and a penalty each (100 − 10 − 20 = 70 < 80)
        for (var month : List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3))) {
            records.recordStep(admin, unit.id(), StepKind.NOTICE, month.atDay(1), null, null);
            records.recordStep(admin, unit.id(), StepKind.PENALTY, month.atEndOfMonth(), null, null);
        }
        // April: a penalty (80: passes at the mark) plus a case reported at 23:30 on 31 March, which is March's
        clock.set(LocalDateTime.of(2026, 3, 31, 23, 30));
        long late = FrontageFixtures.report(mvc, api, at, "E0504-01", "评定测试:三月最后一晚");
        assertThat(records.linksOfCase(late)).isNotEmpty();
        clock.reset();
        records.recordStep(admin, unit.id(), StepKind.PENALTY, LocalDate.of(2026, 4, 1), null, null);
        for (var month : List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4))) {
            ratings.compute(month);
        }
        assertThat(rating(unit, YearMonth.of(2026, 3))).satisfies(r -> {
            assertThat(r.cases()).isEqualTo(1);
            assertThat(r.score()).isEqualTo(65);
            assertThat(r.passed()).isFalse();
        });
        assertThat(rating(unit, YearMonth.of(2026, 4))).satisfies(r -> {
            assertThat(r.cases()).isZero();
            assertThat(r.score()).isEqualTo(80);
            assertThat(r.passed()).isTrue();
        });
        assertThat(ratings.removal(unit.id(), YearMonth.of(2026, 4))).isEmpty();
        // May: another penalty and a notice: 70 — still only Feb, Mar failed, Apr passed, May failed
        records.recordStep(admin, unit.id(), StepKind.PENALTY, LocalDate.of(2026, 5, 6), null, null);
        records.recordStep(admin, unit.id(), StepKind.NOTICE, LocalDate.of(2026, 5, 7), null, null);
        // recomputing April with one more penalty makes it fail: Feb–Mar–Apr is now a run
        records.recordStep(admin, unit.id(), StepKind.PENALTY, LocalDate.of(2026, 4, 30), null, null);
        ratings.compute(YearMonth.of(2026, 4));
        ratings.compute(YearMonth.of(2026, 5));
        assertThat(rating(unit, YearMonth.of(2026, 4)).score()).isEqualTo(60);
        assertThat(ratings.ratings(YearMonth.of(2026, 4)).stream().filter(r -> r.unitId() == unit.id())).hasSize(1);
        assertThat(ratings.removal(unit.id(), YearMonth.of(2026, 3))).isEmpty();
        assertThat(ratings.removal(unit.id(), YearMonth.of(2026, 4))).contains(YearMonth.of(2026, 4));
        assertThat(ratings.removal(unit.id(), YearMonth.of(2026, 5))).contains(YearMonth.of(2026, 5));
        assertThat(ratings.eligibility(YearMonth.of(2026, 5))).filteredOn(e -> e.unit().id() == unit.id())
                .singleElement().satisfies(e -> {
                    assertThat(e.eligible()).isFalse();
                    assertThat(e.unit().contactPhone()).isNull();
                });
    }

    private Rating rating(FrontageUnit unit, YearMonth month) {
        return ratings.ratings(month).stream().filter(r -> r.unitId() == unit.id()).findFirst().orElseThrow();
    }

    private static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }
}

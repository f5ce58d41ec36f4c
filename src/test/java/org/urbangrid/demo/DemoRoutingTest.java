package org.urbangrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.Organization;
import org.urbangrid.support.IntegrationTest;

/**
 * The demo rules route the demo district as a dispatcher there would expect. Runs in a database of its own,
 * without the demo loader, so that it can create the demo departments itself.
 */
@TestPropertySource(properties = {"urbangrid.demo=false",
        "spring.datasource.url=jdbc:h2:mem:demo-routing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class DemoRoutingTest extends IntegrationTest {

    private static final String[][] STREET_OFFICES = {
            {"JD-LS", "凌水街道办事处", "210231001"}, {"JD-LWT", "龙王塘街道办事处", "210231002"},
            {"JD-RJY", "软件园地区管理办公室", "210231003"}, {"JD-QXL", "七贤岭地区管理办公室", "210231004"}};
    private static final String[] BUREAUS = {"CGJ", "ZFJ", "GHJ", "GTJ", "SZYL", "HW", "SWJ", "HBJ", "GAJ", "JJDD", "JTJ",
            "RQ", "GS", "RL", "WJJ", "SYJ", "SJJ"};

    @Autowired
    DemoRouting demo;

    @Autowired
    RoutingRules rules;

    @Autowired
    RoutingPolicy policy;

    @Autowired
    Organization organization;

    @BeforeEach
    void loadOnce() {
        if (!rules.list(false).isEmpty()) {
            return;
        }
        for (var office : STREET_OFFICES) {
            organization.createDepartment(new NewDepartment(office[0], office[1], null, DepartmentKind.STREET_OFFICE, office[2]));
        }
        for (var code : BUREAUS) {
            organization.createDepartment(new NewDepartment(code, code, null, DepartmentKind.BUREAU, null));
        }
        demo.load();
    }

    @Test
    void bureaus_take_their_classes_and_specialists_their_narrower_ones() {
        assertThat(route("E0102-01", "210231004001001")).isEqualTo("HW");
        assertThat(route("E0101-01", "210231004001001")).isEqualTo("ZFJ");
        assertThat(route("E0201-01", "210231004001001")).isEqualTo("ZFJ");
        assertThat(route("E0301-01", "210231004001001")).isEqualTo("GHJ");
        assertThat(route("E0401-01", "210231004001001")).isEqualTo("SZYL");
        assertThat(route("E0403-01", "210231004001001")).isEqualTo("RQ");
        assertThat(route("E0402-01", "210231004001001")).isEqualTo("GS");
        assertThat(route("E0406-01", "210231004001001")).isEqualTo("SWJ");
    }

    @Test
    void street_order_goes_to_the_street_office_except_parking_to_the_traffic_police() {
        assertThat(route("E0501-01", "210231001002003")).isEqualTo("JD-LS");
        assertThat(route("E0501-01", "210231002001001")).isEqualTo("JD-LWT");
        assertThat(route("E0504-01", "210231004003002")).isEqualTo("JD-QXL");
        assertThat(route("E0505-01", "210231001002003")).isEqualTo("JJDD");
    }

    @Test
    void area_overrides_show_specificity() {
        assertThat(route("E0505-01", "210231003002001")).isEqualTo("JD-RJY");
        assertThat(route("E0102-01", "210231003001001")).isEqualTo("JD-RJY");
        assertThat(route("E0102-01", "210231003001002")).isEqualTo("HW");
        assertThat(route("E0102-01", "210231001001005")).isEqualTo("JD-LS");
    }

    @Test
    void local_classes_follow_seed_004_small_illegal_building_and_small_ads_to_the_street() {
        assertThat(route("E2101-01", "210231001001001")).isEqualTo("HBJ");
        assertThat(route("E2105-01", "210231001001001")).isEqualTo("SYJ");
        assertThat(route("E2108-01", "210231002001001")).isEqualTo("ZFJ");
        assertThat(route("E2109-01", "210231002001001")).isEqualTo("JD-LWT");
        assertThat(route("E2110-01", "210231004001001")).isEqualTo("JD-QXL");
    }

    @Test
    void components_without_owner_fall_back_to_their_bureau() {
        assertThat(route("C0101-01", "210231001001001")).isEqualTo("CGJ");
        assertThat(route("C0210-01", "210231001001001")).isEqualTo("JTJ");
        assertThat(route("C0402-01", "210231001001001")).isEqualTo("SZYL");
    }

    private String route(String condition, String grid) {
        return policy.suggest(new RoutingQuery(null, condition, grid, null, null, null))
                .flatMap(s -> organization.department(s.departmentId())).map(d -> d.code()).orElse(null);
    }
}

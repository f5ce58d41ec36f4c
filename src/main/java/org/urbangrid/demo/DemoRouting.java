package org.urbangrid.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.dispatch.NewRoutingRule;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.Organization;

/**
 * Demo routing rules (派遣规则) for 大连高新区: each major class to its usual bureau, narrower classes to their
 * specialists, 街面秩序 to the street office of the case's street, component classes to their bureau as the
 * fallback for components without an owner, the city's local classes (大类 21) of seed 004, and a few street / grid overrides that show specificity.
 * There is deliberately no catch-all rule: unmatched cases wait, flagged, for a dispatcher.
 */
@Component
public class DemoRouting {

    private final RoutingRules rules;
    private final Organization organization;

    DemoRouting(RoutingRules rules, Organization organization) {
        this.rules = rules;
        this.organization = organization;
    }

    public void load() {
        events();
        streetOrder();
        localClasses();
        components();
        overrides();
    }

    private void events() {
        rule("E01", null, "HW", "市容环境默认由环卫负责");
        rule("E0101", null, "ZFJ", "私搭乱建由行政执法局查处");
        rule("E0116", null, "HBJ", "油烟污染由环保局处理");
        rule("E02", null, "ZFJ", "宣传广告由行政执法局负责");
        rule("E03", null, "GHJ", "施工管理由规划建设局负责");
        rule("E04", null, "SZYL", "突发事件默认由市政园林局处置");
        rule("E0402", null, "GS", "自来水管破裂: 供水公司");
        rule("E0403", null, "RQ", "燃气管道破裂: 燃气公司");
        rule("E0404", null, "SWJ", "下水道堵塞或破损: 水务局");
        rule("E0405", null, "RL", "热力管道破裂: 热力公司");
        rule("E0406", null, "SWJ", "道路积水: 水务局");
        rule("E0409", null, "GAJ", "群发性事件: 公安分局");
    }

    /** 街面秩序 belongs to the street office of the street it happens in; 机动车乱停放 to the traffic police. */
    private void streetOrder() {
        streetOffices().forEach(d -> rule("E05", d.streetCode(), d.code(), "街面秩序由所在街道负责"));
        rule("E0505", null, "JJDD", "机动车乱停放由交警大队负责");
    }

    /** The city's own classes (大类 21) from seed 004: pollution, food, markets, rivers, illegal building. */
    private void localClasses() {
        rule("E2101", null, "HBJ", "餐饮油烟污染: 环保局");
        rule("E2102", null, "HBJ", "噪声污染: 环保局");
        rule("E2103", null, "HBJ", "大气污染: 环保局");
        rule("E2104", null, "WJJ", "“九小”场所卫生: 卫计局");
        rule("E2105", null, "SYJ", "食品安全: 食品药品监管局");
        rule("E2106", null, "SJJ", "农贸市场秩序: 市场监督管理局");
        rule("E2107", null, "SWJ", "河道“六乱”: 水务局");
        rule("C2101", null, "SWJ", "河长公示牌: 水务局");
        rule("E2108", null, "ZFJ", "500平方米以上违法建设: 行政执法局");
        streetOffices().forEach(d -> {
            rule("E2109", d.streetCode(), d.code(), "500平方米以内违法建设由街道依法拆除");
            rule("E2110", d.streetCode(), d.code(), "牛皮癣小广告由街道日常监管");
        });
    }

    /** Only used when the component register names no owner (权属单位). */
    private void components() {
        rule("C01", null, "CGJ", "公用设施(无权属单位时)");
        rule("C02", null, "JTJ", "道路交通设施(无权属单位时)");
        rule("C03", null, "HW", "市容环境设施(无权属单位时)");
        rule("C04", null, "SZYL", "园林绿化设施(无权属单位时)");
        rule("C05", null, "GTJ", "房屋土地设施(无权属单位时)");
        rule("C06", null, "GHJ", "其他设施(无权属单位时)");
    }

    private void overrides() {
        rule("E0505", "210231003", "JD-RJY", "软件园园区道路内停车由园区管理办公室负责");
        rule("E0105", "210231002", "SWJ", "龙王塘水库周边水域由水务局负责");
        rule("E01", "210231003001001", "JD-RJY", "软件园核心区网格的市容环境由园区自行保洁");
        rule("E0102", "210231001001", "JD-LS", "凌水社区暴露垃圾由街道保洁队处理");
    }

    private List<Department> streetOffices() {
        return organization.departments().stream()
                .filter(d -> d.kind() == DepartmentKind.STREET_OFFICE && d.streetCode() != null && d.active())
                .toList();
    }

    private void rule(String category, String area, String departmentCode, String note) {
        var department = organization.departmentByCode(departmentCode)
                .orElseThrow(() -> new IllegalStateException("demo department " + departmentCode + " is missing"));
        rules.create(new NewRoutingRule(category, area, department.id(), note));
    }
}

package org.urbangrid.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;

/** The demo district's departments (seed 000 and 004) and one account per role, password {@code demo123}. */
@Component
public class DemoOrganization {

    public static final String PASSWORD = "demo123";

    /** The demo accounts, one per role, as the README lists them. */
    public static final List<String> ACCOUNTS = List.of("admin", "inspector", "operator", "shiftleader", "dispatcher",
            "handler", "leader");

    /** The codes of the demo district's departments. */
    public static List<String> departmentCodes() {
        return DEPARTMENTS.stream().map(Dept::code).toList();
    }

    record Dept(String code, String name, String nameEn, DepartmentKind kind, String street) {}

    static final List<Dept> DEPARTMENTS = List.of(
            new Dept("JDZX", "监督指挥中心", "Supervision and Command Centre", DepartmentKind.CENTRE, null),
            new Dept("JD-LS", "凌水街道办事处", "Lingshui Subdistrict Office", DepartmentKind.STREET_OFFICE, "210231001"),
            new Dept("JD-LWT", "龙王塘街道办事处", "Longwangtang Subdistrict Office", DepartmentKind.STREET_OFFICE, "210231002"),
            new Dept("JD-RJY", "软件园地区管理办公室", "Software Park Area Office", DepartmentKind.STREET_OFFICE, "210231003"),
            new Dept("JD-QXL", "七贤岭地区管理办公室", "Qixianling Area Office", DepartmentKind.STREET_OFFICE, "210231004"),
            new Dept("CGJ", "城市管理局", "Urban Management Bureau", DepartmentKind.BUREAU, null),
            new Dept("ZFJ", "行政执法局", "Administrative Law Enforcement Bureau", DepartmentKind.BUREAU, null),
            new Dept("GHJ", "规划建设局", "Planning and Construction Bureau", DepartmentKind.BUREAU, null),
            new Dept("GTJ", "国土资源和房屋局", "Land Resources and Housing Bureau", DepartmentKind.BUREAU, null),
            new Dept("SZYL", "市政园林局", "Municipal Works and Landscaping Bureau", DepartmentKind.BUREAU, null),
            new Dept("HW", "市政公用服务中心(环卫)", "Public Utilities Service Centre (Sanitation)", DepartmentKind.BUREAU, null),
            new Dept("SWJ", "水务局", "Water Affairs Bureau", DepartmentKind.BUREAU, null),
            new Dept("HBJ", "环保局", "Environmental Protection Bureau", DepartmentKind.BUREAU, null),
            new Dept("SJJ", "市场监督管理局", "Market Supervision Bureau", DepartmentKind.BUREAU, null),
            new Dept("SYJ", "食品药品监管局", "Food and Drug Administration", DepartmentKind.BUREAU, null),
            new Dept("WJJ", "卫计局", "Health and Family Planning Bureau", DepartmentKind.BUREAU, null),
            new Dept("GAJ", "公安分局", "Public Security Sub-bureau", DepartmentKind.BUREAU, null),
            new Dept("JJDD", "交警大队", "Traffic Police Brigade", DepartmentKind.BUREAU, null),
            new Dept("JTJ", "交通运输局", "Transport Bureau", DepartmentKind.BUREAU, null),
            new Dept("DL", "供电公司", "Power Supply Company", DepartmentKind.UTILITY, null),
            new Dept("TX", "通讯公司", "Telecom Company", DepartmentKind.UTILITY, null),
            new Dept("RQ", "燃气公司", "Gas Company", DepartmentKind.UTILITY, null),
            new Dept("GS", "供水公司", "Water Supply Company", DepartmentKind.UTILITY, null),
            new Dept("RL", "热力公司", "Heating Company", DepartmentKind.UTILITY, null));

    /** The seed of the demo staff's names ({@link DemoNames}): the same people on every fresh start. */
    static final long NAMES_SEED = 210231L;

    private final Organization organization;

    DemoOrganization(Organization organization) {
        this.organization = organization;
    }

    public void loadDepartments() {
        DEPARTMENTS.forEach(d -> organization.createDepartment(new NewDepartment(d.code(), d.name(), d.nameEn(),
                d.kind(), d.street())));
    }

    /**
     * The demo accounts, a handler for every department (handler-CODE; {@code handler} works for 环卫) and one
     * inspector per community (so every unit grid has one); {@code inspector} patrols 凌水街道's first two communities.
     * Everyone has a personal name as staff lists have them ({@link DemoNames}), not a role and a number.
     */
    public void loadStaff(Map<String, List<String>> unitGridsByCommunity) {
        var hash = organization.hash(PASSWORD);
        var names = new DemoNames(NAMES_SEED, java.util.Set.of("张建国", "王丽", "赵刚", "钱敏", "孙强", "吴主任"));
        var sanitation = organization.departmentByCode("HW").orElseThrow().id();
        create(hash, "admin", "系统管理员", Role.ADMIN, null);
        var inspector = create(hash, "inspector", "张建国", Role.INSPECTOR, null);
        create(hash, "operator", "王丽", Role.OPERATOR, null);
        create(hash, "shiftleader", "赵刚", Role.SHIFT_LEADER, null);
        create(hash, "dispatcher", "钱敏", Role.DISPATCHER, null);
        create(hash, "handler", "孙强", Role.HANDLER, sanitation);
        create(hash, "leader", "吴主任", Role.LEADER, null);
        for (var department : organization.departments()) {
            if (department.kind() != DepartmentKind.CENTRE) {
                create(hash, "handler-" + department.code().toLowerCase(), names.next(), Role.HANDLER,
                        department.id());
            }
        }
        var own = new ArrayList<String>();
        int n = 1;
        for (var entry : unitGridsByCommunity.entrySet()) {
            var member = create(hash, String.format("inspector%02d", n++), names.next(), Role.INSPECTOR, null);
            organization.assignArea(member, entry.getValue());
            if (entry.getKey().equals("210231001001") || entry.getKey().equals("210231001002")) {
                own.addAll(entry.getValue());
            }
        }
        organization.assignArea(inspector, own);
    }

    private long create(String hash, String username, String name, Role role, Long department) {
        return organization.createStaffWithHash(new NewStaff(username, name, PASSWORD, role, department, null, null), hash).id();
    }
}

package org.urbangrid.catalog;

import org.urbangrid.demo.DemoGrids;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.LatLng;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.Organization;

/** The demo district and the departments component tests need, created once per database. */
final class ComponentFixtures {

    /** Outside the demo district (it spans about 38.875–38.900 N, 121.495–121.541 E). */
    static final LatLng OUTSIDE = new LatLng(38.95, 121.60);

    static final String[] DEPARTMENTS = {"GS", "DL", "TX", "RQ", "RL", "SWJ", "CGJ", "SZYL", "HW", "JJDD", "JTJ",
            "GAJ", "JD-LS", "JD-LWT", "JD-RJY", "JD-QXL"};

    private ComponentFixtures() {}

    static synchronized void ensure(Grids grids, DemoGrids demoGrids, Organization organization) {
        if (grids.find(DemoGrids.DISTRICT).isEmpty()) {
            demoGrids.load();
        }
        for (var code : DEPARTMENTS) {
            if (organization.departmentByCode(code).isEmpty()) {
                var street = code.startsWith("JD-") ? streetOf(code) : null;
                var kind = street != null ? DepartmentKind.STREET_OFFICE : DepartmentKind.BUREAU;
                organization.createDepartment(new NewDepartment(code, code, code, kind, street));
            }
        }
    }

    private static String streetOf(String code) {
        return switch (code) {
            case "JD-LS" -> "210231001";
            case "JD-LWT" -> "210231002";
            case "JD-RJY" -> "210231003";
            default -> "210231004";
        };
    }

    /** The n-th unit grid of the demo district, by code order (other tests may import other districts). */
    static String unitGrid(Grids grids, int n) {
        return grids.ofLevel(GridLevel.UNIT).stream().map(g -> g.code())
                .filter(code -> code.startsWith(DemoGrids.DISTRICT)).sorted().toList().get(n);
    }

    static String csvRow(String code, String classCode, LatLng at, String owner, String state) {
        return String.join(",", code, classCode, "", String.valueOf(at.latitude()), String.valueOf(at.longitude()),
                owner == null ? "" : owner, owner == null ? "" : owner, state == null ? "" : state, "", "") + "\n";
    }

    static final String CSV_HEADER = "code,classCode,name,lat,lng,ownerDept,maintainerDept,state,material,surveyDate\n";
}

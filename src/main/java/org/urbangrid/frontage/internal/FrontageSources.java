package org.urbangrid.frontage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.dispatch.FrontageSupervision;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.AnswerableSource;
import org.urbangrid.duty.Duty;
import org.urbangrid.duty.Where;
import org.urbangrid.frontage.Contract;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.FrontageUnits;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;

/**
 * 门前三包 as a duty system: for a position, every unit whose frontage covers it (primary first) and, after each, the
 * department supervising its kind; for a whole unit grid, the units whose frontage lies (partly) in it. Keys
 * {@code unit:<id>} (the supervisor's entry carries the unit's key with {@code :supervisor}). And routing's
 * {@link FrontageSupervision}: the primary unit at a position and its supervising department.
 */
@Component
class FrontageSources implements AnswerableSource, FrontageSupervision {

    /** A supervising department's key: the unit's, so an urge or a ranking names it per frontage. */
    private static final String SUPERVISOR_KEY = "unit:%d:supervisor";

    private final FrontageMatcher matcher;
    private final FrontageUnits units;
    private final FrontageStore store;
    private final Organization organization;
    private final Grids grids;

    FrontageSources(FrontageMatcher matcher, FrontageUnits units, FrontageStore store, Organization organization,
            Grids grids) {
        this.matcher = matcher;
        this.units = units;
        this.store = store;
        this.organization = organization;
        this.grids = grids;
    }

    @Override
    public List<Answerable> at(Where where) {
        List<FrontageUnit> found;
        if (where.hasPosition()) {
            found = matcher.at(where.latitude(), where.longitude());
        } else if (where.unitGridCode() != null) {
            found = grids.geometryOf(where.unitGridCode()).map(matcher::meeting).orElse(List.of());
        } else {
            return List.of();
        }
        var supervisors = store.supervisors();
        var answer = new ArrayList<Answerable>();
        for (var unit : found) {
            var contract = units.currentContract(unit.id());
            answer.add(unitEntry(unit, contract));
            var department = supervisors.get(unit.kind());
            if (department != null) {
                answer.add(supervisorEntry(unit, department));
            }
        }
        return List.copyOf(answer);
    }

    @Override
    public Optional<String> nameOf(String key) {
        if (key == null || !key.startsWith("unit:")) {
            return Optional.empty();
        }
        boolean supervisor = key.endsWith(":supervisor");
        var id = key.substring(5).replace(":supervisor", "");
        if (!id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        var unit = store.unit(Long.parseLong(id));
        if (!supervisor) {
            return unit.map(FrontageUnit::name);
        }
        return unit.flatMap(u -> Optional.ofNullable(store.supervisors().get(u.kind()))).map(this::departmentName);
    }

    @Override
    public Optional<Supervisor> at(double latitude, double longitude) {
        var supervisors = store.supervisors();
        return matcher.at(latitude, longitude).stream().findFirst()
                .flatMap(u -> Optional.ofNullable(supervisors.get(u.kind()))
                        .map(d -> new Supervisor(u.id(), u.name(), d)));
    }

    private static Answerable unitEntry(FrontageUnit unit, Optional<Contract> contract) {
        return new Answerable("unit:" + unit.id(), Duty.FRONTAGE_UNIT, "FRONTAGE", String.valueOf(unit.id()),
                unit.name() + " 门前", unit.name(), null, unit.contactPerson(), null, unit.contactPhone(),
                contract.map(Contract::signedOn).orElse(null), contract.map(Contract::endsOn).orElse(null),
                link(unit));
    }

    /** The department supervising units of the kind: it signs no letter of its own (the unit's is the unit's). */
    private Answerable supervisorEntry(FrontageUnit unit, long departmentId) {
        return new Answerable(SUPERVISOR_KEY.formatted(unit.id()), Duty.FRONTAGE_SUPERVISOR, "FRONTAGE",
                String.valueOf(unit.id()), unit.name() + " 门前", departmentName(departmentId), null, null, departmentId,
                null, null, null, link(unit));
    }

    private String departmentName(long departmentId) {
        return organization.department(departmentId).map(d -> d.name()).orElse("#" + departmentId);
    }

    private static String link(FrontageUnit unit) {
        return "/console/frontage/units/" + unit.id();
    }

}

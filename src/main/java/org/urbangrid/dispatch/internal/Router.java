package org.urbangrid.dispatch.internal;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.urbangrid.catalog.ComponentRecord;
import org.urbangrid.dispatch.FrontageSupervision;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.dispatch.RoutingRule;
import org.urbangrid.dispatch.RoutingSuggestion;
import org.urbangrid.organization.Department;

/**
 * The routing decision, free of Spring: the component's owner department first (权属单位), then the most
 * specific active rule whose department is still active, else nothing. A rule marked
 * {@link RoutingRule#frontageSupervisor()} sends a case lying in a 门前三包 frontage to that unit's supervising
 * department (when active), and any other case to its own department.
 */
final class Router {

    private final RuleIndex index;
    private final Function<String, Optional<ComponentRecord>> components;
    private final LongFunction<Optional<Department>> departments;
    private final Names names;
    private final FrontageSupervision frontages;

    /** Names of category and area codes, for the reason a dispatcher reads; empty when unknown. */
    interface Names {
        Names NONE = new Names() {};

        default Optional<String> category(String code) {
            return Optional.empty();
        }

        default Optional<String> area(String code) {
            return Optional.empty();
        }
    }

    Router(RuleIndex index, Function<String, Optional<ComponentRecord>> components,
            LongFunction<Optional<Department>> departments, Names names) {
        this(index, components, departments, names, null);
    }

    /** With the 门前三包 supervision asked for rules that route to a frontage unit's supervising department. */
    Router(RuleIndex index, Function<String, Optional<ComponentRecord>> components,
            LongFunction<Optional<Department>> departments, Names names, FrontageSupervision frontages) {
        this.frontages = frontages;
        this.index = index;
        this.components = components;
        this.departments = departments;
        this.names = names;
    }

    Optional<RoutingSuggestion> suggest(RoutingQuery query) {
        var component = query.componentCode() == null ? Optional.<ComponentRecord>empty()
                : components.apply(query.componentCode());
        var owner = component.flatMap(this::activeOwner);
        if (owner.isPresent()) {
            var d = owner.get();
            return Optional.of(new RoutingSuggestion(d.id(), d.localName(), null, "部件权属单位: " + d.name(), null, null,
                    query.componentCode()));
        }
        var effective = component.map(c -> fillFromComponent(query, c)).orElse(query);
        for (var rule : index.candidates(RoutingKeys.of(effective))) {
            var bySupervisor = rule.frontageSupervisor() ? supervisor(rule, query) : Optional.<RoutingSuggestion>empty();
            if (bySupervisor.isPresent()) {
                return bySupervisor;
            }
            var department = departments.apply(rule.departmentId()).filter(Department::active);
            if (department.isPresent()) {
                return Optional.of(byRule(rule, department.get()));
            }
        }
        return Optional.empty();
    }

    /** The supervising department of the frontage unit at the case's position, when there is one and it is active. */
    private Optional<RoutingSuggestion> supervisor(RoutingRule rule, RoutingQuery query) {
        if (frontages == null || !query.hasPosition()) {
            return Optional.empty();
        }
        return frontages.at(query.latitude(), query.longitude()).flatMap(s -> departments.apply(s.departmentId())
                .filter(Department::active)
                .map(d -> new RoutingSuggestion(d.id(), d.localName(), rule.id(),
                        "规则 #%d: %s @ %s → 门前三包责任单位 %s 的监管部门 %s".formatted(rule.id(),
                                categoryLabel(rule.category()), areaLabel(rule.areaCode()), s.unitName(), d.name()),
                        rule.category(), rule.areaCode(), null, s.unitName())));
    }

    private Optional<Department> activeOwner(ComponentRecord component) {
        return component.ownerDepartmentId() == null ? Optional.empty()
                : departments.apply(component.ownerDepartmentId()).filter(Department::active);
    }

    /** A component without an owner still tells its class and its unit grid. */
    private static RoutingQuery fillFromComponent(RoutingQuery q, ComponentRecord c) {
        boolean noArea = q.unitGridCode() == null && q.communityCode() == null && q.streetCode() == null;
        return new RoutingQuery(q.classCode() != null || q.conditionCode() != null ? q.classCode() : c.classCode(),
                q.conditionCode(), noArea ? c.unitGridCode() : q.unitGridCode(), q.communityCode(), q.streetCode(),
                q.componentCode(), q.latitude(), q.longitude());
    }

    private RoutingSuggestion byRule(RoutingRule rule, Department department) {
        var reason = "规则 #%d: %s @ %s → %s".formatted(rule.id(), categoryLabel(rule.category()),
                areaLabel(rule.areaCode()), department.name());
        return new RoutingSuggestion(department.id(), department.localName(), rule.id(), reason, rule.category(),
                rule.areaCode(), null);
    }

    private String categoryLabel(String category) {
        if (category == null) {
            return "全部类别";
        }
        return names.category(category).map(name -> category + " " + name).orElse(category);
    }

    private String areaLabel(String area) {
        if (area == null) {
            return "全区";
        }
        return names.area(area).map(name -> area + " " + name).orElse(area);
    }
}

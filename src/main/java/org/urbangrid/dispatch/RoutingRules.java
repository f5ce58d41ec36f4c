package org.urbangrid.dispatch;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.urbangrid.dispatch.internal.RoutingRuleStore;
import org.urbangrid.dispatch.internal.RuleCache;
import org.urbangrid.organization.Organization;
import org.urbangrid.platform.UrbanGridException;

/**
 * The routing rules' public face (派遣规则管理): list, create, replace, deactivate. Every change is checked
 * (code shapes, an existing active department) and then seen at once by {@link RoutingPolicy}. Rules are never
 * deleted, only deactivated, so a case's history can always name the rule that routed it.
 */
@Service
public class RoutingRules {

    private final RoutingRuleStore store;
    private final RuleCache cache;
    private final Organization organization;
    private final Clock clock;

    private final org.urbangrid.audit.AuditLog audit;

    RoutingRules(RoutingRuleStore store, RuleCache cache, Organization organization, Clock clock,
            org.urbangrid.audit.AuditLog audit) {
        this.store = store;
        this.audit = audit;
        this.cache = cache;
        this.organization = organization;
        this.clock = clock;
    }

    /** All rules, or only the active ones, in creation order. */
    public List<RoutingRule> list(boolean includeInactive) {
        return includeInactive ? store.all() : store.active();
    }

    public Optional<RoutingRule> find(long id) {
        return store.find(id);
    }

    public RoutingRule require(long id) {
        return store.find(id).orElseThrow(() -> UrbanGridException.notFound("error.routing.rule-not-found", id));
    }

    public RoutingRule create(NewRoutingRule rule) {
        check(rule);
        long id = store.insert(rule, clock.instant());
        cache.refresh();
        return audit.recorded("routing", "create-rule", String.valueOf(id), null, require(id));
    }

    /** Replaces a rule's parts, department, note and priority; {@code active} may also bring it back. */
    public RoutingRule update(long id, NewRoutingRule rule, boolean active) {
        var before = require(id);
        check(rule);
        store.update(id, rule, active, clock.instant());
        cache.refresh();
        return audit.recorded("routing", "update-rule", String.valueOf(id), before, require(id));
    }

    public RoutingRule deactivate(long id) {
        var before = require(id);
        store.deactivate(id, clock.instant());
        cache.refresh();
        return audit.recorded("routing", "deactivate-rule", String.valueOf(id), before, require(id));
    }

    private void check(NewRoutingRule rule) {
        if (CategoryLevel.of(rule.category()) == null) {
            throw UrbanGridException.invalid("error.routing.category-shape", rule.category()).with("field", "category");
        }
        if (AreaLevel.of(rule.areaCode()) == null) {
            throw UrbanGridException.invalid("error.routing.area-shape", rule.areaCode()).with("field", "areaCode");
        }
        if (rule.departmentId() == null) {
            throw UrbanGridException.invalid("error.routing.department-required").with("field", "departmentId");
        }
        var department = organization.department(rule.departmentId())
                .orElseThrow(() -> UrbanGridException.invalid("error.routing.department-unknown", rule.departmentId())
                        .with("field", "departmentId"));
        if (!department.active()) {
            throw UrbanGridException.invalid("error.routing.department-inactive", department.name())
                    .with("field", "departmentId");
        }
    }
}

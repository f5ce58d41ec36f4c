package org.urbangrid.deadline;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.urbangrid.deadline.internal.StageLimitStore;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.UrbanGridException;

/**
 * The default time limits (时限) of the centre's stages, as stored and edited by an administrator; held in memory,
 * reloaded after an edit here and, through the {@value #CACHE} version in {@link ClusterSignals}, on other nodes.
 */
@Service
public class StageLimits {

    static final String CACHE = "stage-limits";

    private final StageLimitStore store;
    private final ClusterSignals signals;
    private final org.urbangrid.audit.AuditLog audit;
    private volatile Map<Stage, TimeLimit> limits;

    StageLimits(StageLimitStore store, ClusterSignals signals, org.urbangrid.audit.AuditLog audit) {
        this.store = store;
        this.signals = signals;
        this.audit = audit;
        signals.register(CACHE, this::reload);
    }

    /** Every stage with a default limit (all but {@link Stage#HANDLE}). */
    public Map<Stage, TimeLimit> all() {
        var current = limits;
        return current != null ? current : reload();
    }

    /** The default limit of a stage; {@link Stage#HANDLE} has none, its limit comes from the filing condition. */
    public TimeLimit limit(Stage stage) {
        var limit = stage == Stage.HANDLE ? null : all().get(stage);
        if (limit == null) {
            throw new IllegalArgumentException("no default limit for stage " + stage
                    + "; the handling limit comes from the filing condition");
        }
        return limit;
    }

    /** Changes the given stages' limits together; the others keep theirs. */
    public Map<Stage, TimeLimit> change(Map<Stage, TimeLimit> changes) {
        // Each within LimitBounds, named by its stage.
        changes.forEach((stage, limit) -> LimitBounds.require("stageLimits." + stage.name() + ".amount", stage,
                limit.amount(), limit.unit()));
        if (changes.containsKey(Stage.HANDLE)) {
            throw UrbanGridException.invalid("error.deadline.handle-has-no-default");
        }
        var before = Map.copyOf(store.all());
        store.saveAll(changes);
        signals.changed(CACHE);
        return audit.recorded("limits", "stage-limits", "stage-limits", before, all());
    }

    private synchronized Map<Stage, TimeLimit> reload() {
        limits = Map.copyOf(store.all());
        return limits;
    }
}

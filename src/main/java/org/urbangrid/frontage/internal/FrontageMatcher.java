package org.urbangrid.frontage.internal;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.platform.ClusterSignals;

/**
 * The active frontages held in memory ({@link FrontageIndex}), swapped whole after every change to the register;
 * another node's change moves the {@value #CACHE} version in {@link ClusterSignals} and is seen here within a poll.
 * Loaded lazily so that it reads the migrated schema.
 */
@Component
public class FrontageMatcher {

    static final String CACHE = "frontage";

    private final FrontageStore store;
    private final ClusterSignals signals;
    private volatile FrontageIndex index;

    FrontageMatcher(FrontageStore store, ClusterSignals signals) {
        this.store = store;
        this.signals = signals;
        signals.register(CACHE, this::reload);
    }

    /** The units whose frontage covers the position, the primary unit first (smallest area, then lowest id). */
    public List<FrontageUnit> at(double latitude, double longitude) {
        return current().at(latitude, longitude);
    }

    /** The units whose frontage lies (partly) in the shape, primary first. */
    public List<FrontageUnit> meeting(Geometry shape) {
        return current().meeting(shape);
    }

    /** Called in every change's transaction: tells the other nodes, and rebuilds here after commit. */
    public void changed() {
        signals.changed(CACHE);
    }

    private FrontageIndex current() {
        var current = index;
        return current != null ? current : reload();
    }

    private synchronized FrontageIndex reload() {
        index = FrontageIndex.of(store.activeUnits());
        return index;
    }
}

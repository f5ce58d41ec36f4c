package org.urbangrid.grid.internal;

import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.GridsChanged;
import org.urbangrid.grid.Location;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.UrbanGridException;

/**
 * 定位: the locator over an in-memory STRtree of the unit grids, rebuilt at startup and after every import.
 * A point on a shared edge or corner is covered by several closed polygons; the lowest code wins, so the
 * answer never depends on the order of the index. An import on another node moves the {@value #CACHE} version
 * in {@link ClusterSignals}, and this node rebuilds within a poll.
 */
@Component
class UnitGridIndex implements GridLocator {

    static final String CACHE = "grid";

    private record Unit(String code, PreparedGeometry polygon, Location location) {}

    private final GridStore store;
    private final ClusterSignals signals;
    private volatile STRtree tree;

    UnitGridIndex(GridStore store, ClusterSignals signals) {
        this.store = store;
        this.signals = signals;
        signals.register(CACHE, this::rebuild);
    }

    @Override
    public Location locate(double latitude, double longitude) {
        Geo.requireValidPosition(latitude, longitude);
        var point = Geo.point(latitude, longitude);
        var best = new Unit[1];
        tree().query(new Envelope(point.getCoordinate()), item -> {
            var unit = (Unit) item;
            if ((best[0] == null || unit.code().compareTo(best[0].code()) < 0) && unit.polygon().covers(point)) {
                best[0] = unit;
            }
        });
        if (best[0] == null) {
            throw UrbanGridException.unprocessable("error.grid.outside", String.valueOf(latitude), String.valueOf(longitude));
        }
        return best[0].location();
    }

    static Location location(String unitCode) {
        return new Location(unitCode, unitCode.substring(0, 12), unitCode.substring(0, 9), unitCode.substring(0, 6));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void onStartup() {
        rebuild();
    }

    /** Tells the other nodes, in the import's transaction; this node rebuilds after commit just below. */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void announce(GridsChanged changed) {
        signals.bumped(CACHE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(0)
    void onGridsChanged(GridsChanged changed) {
        rebuild();
    }

    synchronized void rebuild() {
        store.forgetLevels();
        tree = build(store.shapesOfLevel(GridLevel.UNIT));
    }

    private STRtree tree() {
        var current = tree;
        if (current == null) {
            rebuild();
            current = tree;
        }
        return current;
    }

    private static STRtree build(List<GridShape> units) {
        var index = new STRtree();
        for (var unit : units) {
            index.insert(unit.geometry().getEnvelopeInternal(),
                    new Unit(unit.code(), PreparedGeometryFactory.prepare(unit.geometry()), location(unit.code())));
        }
        index.build();
        return index;
    }

    /** Number of unit grids indexed; for health and tests. */
    int size() {
        return tree().size();
    }
}

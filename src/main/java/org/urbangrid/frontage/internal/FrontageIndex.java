package org.urbangrid.frontage.internal;

import java.util.Comparator;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.grid.Shapes;

/**
 * An immutable STRtree of the active frontages. The matching rule (责任区匹配): a position belongs to every frontage
 * that covers it — a point on the boundary counts as inside — and the units come back ordered smallest frontage
 * first, then lower id; the first is the primary unit (the one pages show first and routing uses), since the
 * smaller frontage is the more specific claim (a kiosk inside a market's frontage answers for its own spot).
 */
final class FrontageIndex {

    /** One indexed frontage. */
    record Entry(FrontageUnit unit, PreparedGeometry area) {}

    static final Comparator<FrontageUnit> PRIMARY_FIRST =
            Comparator.comparingDouble(FrontageUnit::areaSquareMetres).thenComparingLong(FrontageUnit::id);

    private final STRtree tree = new STRtree();
    private final int size;

    private FrontageIndex(List<FrontageUnit> units) {
        for (var unit : units) {
            var area = unit.area();
            tree.insert(area.getEnvelopeInternal(), new Entry(unit, PreparedGeometryFactory.prepare(area)));
        }
        tree.build();
        size = units.size();
    }

    static FrontageIndex of(List<FrontageUnit> activeUnits) {
        return new FrontageIndex(activeUnits.stream().filter(FrontageUnit::active).toList());
    }

    /** The units whose frontage covers the position, primary first. */
    List<FrontageUnit> at(double latitude, double longitude) {
        var point = Shapes.point(latitude, longitude);
        return matching(point, true);
    }

    /** The units whose frontage meets the shape (a grid asked about as a whole), primary first. */
    List<FrontageUnit> meeting(Geometry shape) {
        return matching(shape, false);
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    private List<FrontageUnit> matching(Geometry shape, boolean point) {
        List<Entry> candidates = tree.query(shape.getEnvelopeInternal());
        return candidates.stream()
                .filter(e -> point ? e.area().covers(shape) : e.area().intersects(shape))
                .map(Entry::unit)
                .sorted(PRIMARY_FIRST)
                .toList();
    }
}

package org.urbangrid.frontage;

import java.time.Instant;

import org.locationtech.jts.geom.Geometry;
import org.urbangrid.grid.Shapes;

/**
 * 门前三包责任单位: a unit answerable for the frontage before it. {@code contactPerson} and {@code contactPhone} are
 * personal data: staff pages only, never public.
 *
 * @param sourceWkt the shape as drawn or imported: a polygon, or a line with {@code depthMetres}
 * @param depthMetres the depth of a line frontage (进深), null for a polygon
 * @param areaWkt the frontage matched against: the polygon, or the line buffered by its depth
 * @param streetCode the street the frontage lies in (its interior point), or null outside every grid
 */
public record FrontageUnit(long id, String name, UnitKind kind, String address, String streetCode,
        String contactPerson, String contactPhone, String sourceWkt, Double depthMetres, String areaWkt,
        double areaSquareMetres, boolean active, Instant createdAt, Instant updatedAt) {

    public Geometry area() {
        return Shapes.fromWkt(areaWkt);
    }

    public Geometry source() {
        return Shapes.fromWkt(sourceWkt);
    }

    /** The unit without its personal data, for lists that reach people who need no contact. */
    public FrontageUnit withoutContact() {
        return new FrontageUnit(id, name, kind, address, streetCode, null, null, sourceWkt, depthMetres, areaWkt,
                areaSquareMetres, active, createdAt, updatedAt);
    }
}

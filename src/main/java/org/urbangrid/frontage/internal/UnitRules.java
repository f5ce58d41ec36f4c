package org.urbangrid.frontage.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.urbangrid.frontage.NewUnit;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Shapes;

/**
 * What a unit must be: a name (≤ 100), a kind, plain text everywhere, a phone of digits, and a frontage that is a
 * valid polygon, or a line with a depth of 1–50 m, inside the district and at most {@value #MAX_AREA} m². Gives
 * every problem (message key and arguments), so an import can report them all.
 */
public final class UnitRules {

    static final double MAX_AREA = 100_000;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,30}");

    /** One problem: its field, message key and arguments. */
    public record Problem(String field, String key, Object... args) {}


    private UnitRules() {}

    public static List<Problem> problems(NewUnit unit) {
        var problems = new ArrayList<Problem>();
        if (unit.name() == null || unit.name().isBlank()) {
            problems.add(new Problem("name", "frontage.error.name-required"));
        } else if (unit.name().strip().length() > 100) {
            problems.add(new Problem("name", "frontage.error.too-long", "name", 100));
        }
        if (unit.kind() == null) {
            problems.add(new Problem("kind", "frontage.error.kind"));
        }
        text(problems, "name", unit.name(), 100);
        text(problems, "address", unit.address(), 200);
        text(problems, "contactPerson", unit.contactPerson(), 50);
        if (unit.contactPhone() != null && !unit.contactPhone().isBlank()
                && !PHONE.matcher(unit.contactPhone().strip()).matches()) {
            problems.add(new Problem("contactPhone", "frontage.error.phone"));
        }
        shape(problems, unit.shape(), unit.depthMetres());
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            problems.add(new Problem(field, "frontage.error.control-character", field));
        } else if (!"name".equals(field) && value.strip().length() > max) {
            problems.add(new Problem(field, "frontage.error.too-long", field, max));
        }
    }

    private static void shape(List<Problem> problems, Geometry shape, Double depth) {
        if (shape == null) {
            problems.add(new Problem("shape", "frontage.error.shape-required"));
            return;
        }
        if (shape instanceof Polygonal) {
            if (depth != null) {
                problems.add(new Problem("depth", "frontage.error.depth-with-polygon"));
            }
        } else if (shape instanceof Lineal) {
            if (depth == null || depth.isNaN() || depth < 1 || depth > 50) {
                problems.add(new Problem("depth", "frontage.error.depth"));
            }
        } else {
            problems.add(new Problem("shape", "frontage.error.shape-kind", shape.getGeometryType()));
            return;
        }
        if (shape.isEmpty() || !shape.isValid()) {
            problems.add(new Problem("shape", "frontage.error.shape-invalid"));
        }
    }

    /** The frontage as matched: the polygon, or the line buffered by its depth. */
    public static Geometry area(NewUnit unit) {
        return unit.shape() instanceof Lineal ? Shapes.buffer(unit.shape(), unit.depthMetres()) : unit.shape();
    }

    /** The area's problems once it is built: size and the district. Null street: outside every grid. */
    public static List<Problem> areaProblems(Geometry area, String street) {
        var problems = new ArrayList<Problem>();
        double m2 = Shapes.areaSquareMetres(area);
        if (m2 <= 0 || m2 > MAX_AREA) {
            problems.add(new Problem("shape", "frontage.error.area", Math.round(m2), Math.round(MAX_AREA)));
        }
        if (street == null) {
            problems.add(new Problem("shape", "frontage.error.outside"));
        }
        return problems;
    }

    public static String streetOf(Geometry area, GridLocator locator) {
        var point = area.getInteriorPoint();
        if (point.isEmpty()) {
            return null;
        }
        try {
            return locator.locate(point.getY(), point.getX()).streetCode();
        } catch (org.urbangrid.platform.UrbanGridException outside) {
            return null;
        }
    }

    public static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

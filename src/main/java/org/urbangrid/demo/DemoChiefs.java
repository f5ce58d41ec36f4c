package org.urbangrid.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.chiefs.ChiefLevel;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.Segment;
import org.urbangrid.chiefs.SegmentKind;
import org.urbangrid.chiefs.Patrols;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The demo district's road and river chiefs (路长制 / 河长制): segments along its trunk roads (黄浦路 in two, 七贤岭路,
 * 软件园路, 凌工路) and 凌水河 as one reach, clipped to the district; chiefs at three levels — {@code leader} at the
 * district level, each street office's handler at the street level, 城管 staff at the community level (the new account
 * {@code roadchief}, 城管局, for 黄浦路 west and 凌工路; {@code handler-cgj} for the other roads; {@code handler-swj} for
 * the river); a signboard per segment; and past patrols with tracks over the last week so the scorecards have data.
 */
@Component
@Order(20)
class DemoChiefs implements DemoPart {

    static final String ROAD_CHIEF = "roadchief";
    private static final Map<String, String> STREET_OFFICES = Map.of("210231001", "handler-jd-ls", "210231002",
            "handler-jd-lwt", "210231003", "handler-jd-rjy", "210231004", "handler-jd-qxl");

    private final Chiefs chiefs;
    private final Patrols patrols;
    private final Grids grids;
    private final Organization organization;
    private final Clock clock;

    DemoChiefs(Chiefs chiefs, Patrols patrols, Grids grids, Organization organization, Clock clock) {
        this.chiefs = chiefs;
        this.patrols = patrols;
        this.grids = grids;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public void load() {
        var cgj = organization.departmentByCode("CGJ").orElseThrow().id();
        organization.createStaffWithHash(new NewStaff(ROAD_CHIEF, "刘路长", "demo123", Role.HANDLER, cgj, null,
                "13900000101"), organization.hash("demo123"));
        var admin = principal("admin");
        as(admin, () -> {
            chiefs.importGeoJson(segmentsGeoJson(), SegmentKind.ROAD);
            return null;
        });
        var since = LocalDate.now(clock.withZone(chiefs.zone())).minusMonths(6).withDayOfMonth(1);
        var leader = id("leader");
        for (var segment : chiefs.segments()) {
            var community = segment.kind() == SegmentKind.RIVER ? "handler-swj"
                    : segment.code().equals("LD-HPL-W") || segment.code().equals("LD-LGL") ? ROAD_CHIEF : "handler-cgj";
            var street = STREET_OFFICES.get(streetOf(segment.line()));
            as(admin, () -> {
                chiefs.assign(new Chiefs.NewAssignment(segment.id(), leader, ChiefLevel.DISTRICT, since, null, since,
                        since.plusYears(1).minusDays(1)));
                if (street != null) {
                    chiefs.assign(new Chiefs.NewAssignment(segment.id(), id(street), ChiefLevel.STREET, since, null,
                            since, since.plusYears(1).minusDays(1)));
                }
                chiefs.assign(new Chiefs.NewAssignment(segment.id(), id(community), ChiefLevel.COMMUNITY, since, null,
                        since, since.plusYears(1).minusDays(1)));
                var at = new LengthIndexedLine(segment.line()).extractPoint(0.02 * segment.line().getLength());
                var names = chiefs.chiefsOn(segment.id(), since).stream()
                        .map(a -> (a.level() == ChiefLevel.DISTRICT ? "区级" : a.level() == ChiefLevel.STREET ? "街道级"
                                : "社区级") + (segment.kind() == SegmentKind.RIVER ? "河长 " : "路长 ") + a.staffName())
                        .toList();
                chiefs.addSignboard(new Chiefs.NewSignboard(segment.id(), at.y, at.x, segment.name() + " "
                        + String.join(",", names) + ";职责:" + (segment.kind() == SegmentKind.RIVER
                                ? "巡河护河,制止河道六乱" : "巡路管路,落实到路、到巷、到点")
                        + ";监督投诉电话 12319", "12319", since.plusDays(14), null));
                return null;
            });
        }
        pastPatrols();
    }

    /** A week of patrols: 黄浦路 west thrice by roadchief (different stretches), 七贤岭路 once, the river once. */
    private void pastPatrols() {
        var now = clock.instant();
        patrol(ROAD_CHIEF, "LD-HPL-W", now.minus(Duration.ofDays(6)).minus(Duration.ofHours(3)), 0.0, 0.6);
        patrol(ROAD_CHIEF, "LD-HPL-W", now.minus(Duration.ofDays(4)).minus(Duration.ofHours(2)), 0.4, 1.0);
        patrol(ROAD_CHIEF, "LD-LGL", now.minus(Duration.ofDays(2)).minus(Duration.ofHours(5)), 0.0, 0.8);
        patrol("handler-cgj", "LD-QXL", now.minus(Duration.ofDays(3)).minus(Duration.ofHours(4)), 0.0, 1.0);
        patrol("handler-swj", "HD-LSH", now.minus(Duration.ofDays(5)).minus(Duration.ofHours(1)), 0.1, 0.7);
    }

    /** Walks the stretch [from, to] (shares of the length) at about 1.2 m/s, a point every 25 m, 8 m off the line. */
    private void patrol(String username, String code, Instant start, double from, double to) {
        var chief = principal(username);
        var segment = chiefs.segments().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
        var line = new LengthIndexedLine(segment.line());
        double degrees = segment.line().getLength();
        double metres = segment.lengthMetres();
        int n = Math.max(2, (int) ((to - from) * metres / 25));
        var points = new ArrayList<Patrols.Point>();
        for (int i = 0; i <= n; i++) {
            double share = from + (to - from) * i / n;
            Coordinate c = line.extractPoint(share * degrees, 8 / 111_320.0);
            points.add(new Patrols.Point(start.plusSeconds((long) (i * 25 / 1.2)),
                    c.y, c.x, 6.0));
        }
        var key = "demo-" + code + "-" + start.getEpochSecond();
        as(chief, () -> {
            patrols.start(chief, segment.id(), key, start);
            for (int i = 0; i < points.size(); i += Patrols.MAX_POINTS) {
                patrols.addPoints(chief, key, points.subList(i, Math.min(points.size(), i + Patrols.MAX_POINTS)));
            }
            patrols.end(chief, key, points.get(points.size() - 1).at().plusSeconds(60));
            return null;
        });
    }

    /** The segments as GeoJSON: the base map's roads and river, clipped to the district. */
    private String segmentsGeoJson() {
        var district = grids.geometryOf(DemoGrids.DISTRICT).orElseThrow();
        Map<String, Geometry> lines = new java.util.HashMap<>();
        for (var f : Shapes.readFeatures(DemoBaseMap.geoJson())) {
            var name = f.text("name");
            if (name != null && f.geometry() instanceof LineString) {
                lines.put(name, f.geometry().intersection(district.buffer(-0.0005)));
            }
        }
        var features = JsonNodeFactory.instance.arrayNode();
        var huangpu = longest(lines.get("黄浦路"));
        var cut = new LengthIndexedLine(huangpu);
        add(features, "LD-HPL-W", "黄浦路(河口—凌工路段)", "ROAD", cut.extractLine(0, huangpu.getLength() / 2));
        add(features, "LD-HPL-E", "黄浦路(凌工路—软件园段)", "ROAD", cut.extractLine(huangpu.getLength() / 2,
                huangpu.getLength()));
        add(features, "LD-QXL", "七贤岭路", "ROAD", longest(lines.get("七贤岭路")));
        add(features, "LD-RJYL", "软件园路", "ROAD", longest(lines.get("软件园路")));
        add(features, "LD-LGL", "凌工路", "ROAD", longest(lines.get("凌工路")));
        add(features, "HD-LSH", "凌水河(辖区段)", "RIVER", lineParts(lines.get("凌水河"))); // a reach may be in parts
        var collection = JsonNodeFactory.instance.objectNode().put("type", "FeatureCollection");
        collection.set("features", features);
        return collection.toString();
    }

    private static void add(tools.jackson.databind.node.ArrayNode features, String code, String name, String kind,
            Geometry line) {
        var f = features.addObject().put("type", "Feature");
        f.putObject("properties").put("code", code).put("name", name).put("kind", kind);
        f.set("geometry", Shapes.toGeoJson(line));
    }

    /** The line parts of a clipped line, as one MultiLineString (the river leaves the district and comes back). */
    private static Geometry lineParts(Geometry g) {
        var parts = new ArrayList<LineString>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString ls && ls.getLength() > 0) {
                parts.add(ls);
            }
        }
        return parts.size() == 1 ? parts.get(0) : g.getFactory().createMultiLineString(parts.toArray(LineString[]::new));
    }

    /** The longest part of a clipped line (a road leaving and re-entering the district keeps its main stretch). */
    private static LineString longest(Geometry g) {
        LineString best = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof LineString ls && (best == null || ls.getLength() > best.getLength())) {
                best = ls;
            }
        }
        return best;
    }

    private String streetOf(Geometry line) {
        String best = null;
        double most = 0;
        for (var street : grids.ofLevel(GridLevel.STREET)) {
            var shape = grids.geometryOf(street.code());
            if (shape.isPresent()) {
                double inside = shape.get().intersection(line).getLength();
                if (inside > most) {
                    most = inside;
                    best = street.code();
                }
            }
        }
        return best;
    }

    private long id(String username) {
        return organization.staffByUsername(username).orElseThrow().id();
    }

    private StaffPrincipal principal(String username) {
        return StaffPrincipal.of(organization.staffByUsername(username).orElseThrow());
    }

    private static <T> T as(StaffPrincipal staff, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null,
                List.of(new SimpleGrantedAuthority(staff.role().authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}

package org.urbangrid.demo;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urbangrid.dispatch.NewRoutingRule;
import org.urbangrid.dispatch.RoutingRules;
import org.urbangrid.frontage.FrontageRatings;
import org.urbangrid.frontage.FrontageRecords;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.FrontageUnits;
import org.urbangrid.frontage.NewUnit;
import org.urbangrid.frontage.Standard;
import org.urbangrid.frontage.StepKind;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * Demo 门前三包 (seed 003): shops, markets, schools, sites, car parks, a station and residential quarters along the demo
 * district's roads ({@link DemoBaseMap#ROADS}), each frontage a street line with a depth (shops) or a polygon (the
 * larger units), one kiosk inside a market's frontage (the overlap rule); the 文明办 and the kind → supervising
 * department table; contracts (a few expiring within 30 days, one expired, three with a scan); a routing rule per
 * street sending 店外经营 (E0504) in a frontage to the unit's supervising department; and steps over the last three
 * months, rated through {@link FrontageRatings}, so that 鑫隆烧烤店 has failed three months running.
 */
@Component
@Order(10)
class DemoFrontage implements DemoPart {

    private static final Logger log = LoggerFactory.getLogger(DemoFrontage.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    static final String FAILING = "鑫隆烧烤店";

    private static final String[] SHOPS = {FAILING, "老王家面馆", "惠民超市", "福满楼饭店", "益康大药房", "晨光文具店", "小四川川菜馆",
        "佳佳水果店", "美发造型屋", "金凤凰酒楼", "好邻居便利店", "大连海鲜城", "新华书店高新店", "永辉五金店", "缘来茶社", "大众洗车行",
        "红星眼镜店", "东北饺子馆", "兰州拉面", "诚信手机维修", "天天鲜花店", "百姓烟酒行", "喜洋洋母婴店", "开心网吧"};
    private static final Object[][] LARGER = {
        {"高新区管委会", UnitKind.AGENCY}, {"高新区工会", UnitKind.ASSOCIATION}, {"凌水小学", UnitKind.SCHOOL},
        {"大连理工大学附属中学", UnitKind.SCHOOL}, {"东软信息技术有限公司", UnitKind.ENTERPRISE},
        {"软件园供电营业厅", UnitKind.ENTERPRISE}, {"凌水农贸市场", UnitKind.MARKET}, {"七贤岭集贸市场", UnitKind.MARKET},
        {"中建八局高新项目部", UnitKind.CONSTRUCTION_SITE}, {"万科城二期工地", UnitKind.CONSTRUCTION_SITE},
        {"数码广场停车场", UnitKind.PARKING}, {"软件园公交枢纽站", UnitKind.STATION}, {"河口地铁站", UnitKind.STATION},
        {"凌水河畔小区", UnitKind.RESIDENTIAL}, {"七贤山庄", UnitKind.RESIDENTIAL}, {"海事大学家属院", UnitKind.RESIDENTIAL},
        {"高新区中心医院", UnitKind.HOSPITAL}, {"软件园国际酒店", UnitKind.HOTEL}};

    private final FrontageUnits units;
    private final FrontageRecords records;
    private final FrontageRatings ratings;
    private final Organization organization;
    private final RoutingRules routing;

    DemoFrontage(FrontageUnits units, FrontageRecords records, FrontageRatings ratings, Organization organization,
            RoutingRules routing) {
        this.units = units;
        this.records = records;
        this.ratings = ratings;
        this.organization = organization;
        this.routing = routing;
    }

    @Override
    public void load() {
        supervisors();
        var registered = registerUnits();
        contracts(registered);
        rules();
        history(registered);
        log.info("Demo 门前三包: {} units", registered.size());
    }

    private void supervisors() {
        if (organization.departmentByCode("WMB").isEmpty()) {
            organization.createDepartment(new NewDepartment("WMB", "精神文明建设办公室(文明办)",
                    "Civilisation Office", DepartmentKind.BUREAU, null));
        }
        var civil = id("WMB");
        for (var kind : List.of(UnitKind.AGENCY, UnitKind.ASSOCIATION, UnitKind.SCHOOL, UnitKind.ENTERPRISE,
                UnitKind.HOSPITAL)) {
            units.setSupervisor(kind, civil);
        }
        for (var kind : List.of(UnitKind.MARKET, UnitKind.PARKING, UnitKind.STATION, UnitKind.HOTEL)) {
            units.setSupervisor(kind, id("CGJ"));
        }
        units.setSupervisor(UnitKind.CONSTRUCTION_SITE, id("GHJ"));
        units.setSupervisor(UnitKind.RESIDENTIAL, id("GTJ"));
        units.setSupervisor(UnitKind.SHOP, id("SJJ"));
    }

    /** Shops as 30 m street lines 12 m off a road's centre, 8 m deep; larger units as blocks beside the road. */
    private List<FrontageUnit> registerUnits() {
        var random = new Random(DemoBaseMap.SEED + 3);
        var done = new ArrayList<FrontageUnit>();
        int shop = 0;
        int larger = 0;
        int road = 0;
        for (int attempt = 0; attempt < 400 && (shop < SHOPS.length || larger < LARGER.length); attempt++) {
            var r = DemoBaseMap.ROADS.get(road++ % DemoBaseMap.ROADS.size());
            var points = r.points();
            int segment = random.nextInt(points.length - 1);
            double t = 0.1 + 0.8 * random.nextDouble();
            var a = points[segment];
            var b = points[segment + 1];
            double row = a[0] + (b[0] - a[0]) * t;
            double col = a[1] + (b[1] - a[1]) * t;
            if (row < 1 || row > DemoDistrict.ROWS - 1 || col < 1 || col > DemoDistrict.COLS - 1) {
                continue;
            }
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            double dr = (b[0] - a[0]) / len;
            double dc = (b[1] - a[1]) / len;
            double side = random.nextBoolean() ? 1 : -1;
            boolean isShop = shop < SHOPS.length && (larger >= LARGER.length || random.nextInt(3) > 0);
            try {
                FrontageUnit unit;
                if (isShop) {
                    unit = units.register(new NewUnit(SHOPS[shop], UnitKind.SHOP, r.name() + (100 + attempt) + "号",
                            person(random), phone(random), line(row, col, dr, dc, side * 0.13, 0.3), 8.0));
                    shop++;
                } else {
                    var name = (String) LARGER[larger][0];
                    unit = units.register(new NewUnit(name, (UnitKind) LARGER[larger][1],
                            r.name() + (200 + attempt) + "号", person(random), phone(random),
                            block(row, col, dr, dc, side), null));
                    larger++;
                }
                done.add(unit);
            } catch (UrbanGridException outside) {
                // a spot outside the district or an odd shape: try another
            }
        }
        // a newspaper kiosk inside the first market's frontage: the point in two frontages belongs to both, the
        // kiosk (the smaller) first
        done.stream().filter(u -> u.kind() == UnitKind.MARKET).findFirst().ifPresent(market -> {
            var c = market.area().getInteriorPoint().getCoordinate();
            double d = 0.00005;
            var kiosk = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(c.x - d, c.y - d),
                new Coordinate(c.x + d, c.y - d), new Coordinate(c.x + d, c.y + d), new Coordinate(c.x - d, c.y + d),
                new Coordinate(c.x - d, c.y - d)});
            done.add(units.register(new NewUnit("市场报刊亭", UnitKind.SHOP, market.address(), "周大姐", "13904110000",
                    kiosk, null)));
        });
        return done;
    }

    private void contracts(List<FrontageUnit> registered) {
        var today = units.today();
        long admin = organization.staffByUsername("admin").orElseThrow().id();
        var all = EnumSet.allOf(Standard.class);
        for (int i = 0; i < registered.size(); i++) {
            var unit = registered.get(i);
            if (i == registered.size() - 1) {
                continue; // the kiosk has signed nothing yet
            }
            LocalDate ends = switch (i) {
                case 1 -> today.plusDays(9);
                case 2 -> today.plusDays(18);
                case 3 -> today.plusDays(27);
                case 4 -> today.minusDays(12);
                default -> today.plusDays(60 + (i * 37L) % 600);
            };
            var signed = ends.minusYears(2).isAfter(today) ? today.minusDays(1) : ends.minusYears(2);
            var standards = i % 5 == 0 ? EnumSet.of(Standard.LITTER, Standard.GARBAGE, Standard.STALLS,
                    Standard.PARKING) : all;
            units.addContract(unit.id(), signed, ends, standards, i < 3 ? scan(i) : null, admin);
        }
    }

    /** 店外经营 in a frontage → the unit's supervising department; elsewhere the street office, as before. */
    private void rules() {
        for (var d : organization.departments()) {
            if (d.kind() == DepartmentKind.STREET_OFFICE && d.streetCode() != null) {
                routing.create(new NewRoutingRule("E0504", d.streetCode(), d.id(),
                        "门前三包责任区内的店外经营由责任单位的监管部门负责", 0, true));
            }
        }
    }

    /**
     * The last three months: 鑫隆烧烤店 warned, noticed and fined every month (fails each), a few others warned once
     * (pass); then each month rated through the rating service.
     */
    private void history(List<FrontageUnit> registered) {
        var admin = StaffPrincipal.of(organization.staffByUsername("admin").orElseThrow());
        var last = ratings.lastMonth();
        var failing = registered.stream().filter(u -> u.name().equals(FAILING)).findFirst().orElse(null);
        for (int back = 2; back >= 0; back--) {
            var month = last.minusMonths(back);
            if (failing != null) {
                records.recordStep(admin, failing.id(), StepKind.DISSUADE, month.atDay(3), "门前占道摆放烧烤桌椅,当场劝阻", null);
                records.recordStep(admin, failing.id(), StepKind.NOTICE, month.atDay(12), "再次店外经营,下达书面告知书", null);
                records.recordStep(admin, failing.id(), StepKind.PENALTY, month.atDay(21), "拒不整改,依法处罚", null);
            }
            for (int i = 5 + back; i < registered.size(); i += 9) {
                records.recordStep(admin, registered.get(i).id(), StepKind.DISSUADE, month.atDay(8),
                        "门前堆放杂物,已劝阻整改", null);
            }
            ratings.compute(month);
        }
    }

    private long id(String code) {
        return organization.departmentByCode(code).orElseThrow().id();
    }

    private static Geometry line(double row, double col, double dr, double dc, double offset, double length) {
        // the perpendicular of (dr, dc) is (-dc, dr); rows grow southwards, so the lattice's own units serve
        double r0 = row - dc * offset;
        double c0 = col + dr * offset;
        return GEOMETRY.createLineString(new Coordinate[] {DemoBaseMap.at(r0, c0),
            DemoBaseMap.at(r0 + dr * length, c0 + dc * length)});
    }

    private static Geometry block(double row, double col, double dr, double dc, double side) {
        double near = 0.15 * side;
        double far = 0.55 * side;
        double len = 0.6;
        var p1 = DemoBaseMap.at(row - dc * near, col + dr * near);
        var p2 = DemoBaseMap.at(row - dc * near + dr * len, col + dr * near + dc * len);
        var p3 = DemoBaseMap.at(row - dc * far + dr * len, col + dr * far + dc * len);
        var p4 = DemoBaseMap.at(row - dc * far, col + dr * far);
        var polygon = GEOMETRY.createPolygon(new Coordinate[] {p1, p2, p3, p4, p1});
        return polygon.isValid() ? polygon : polygon.convexHull();
    }

    private static String person(Random random) {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
        String[] given = {"建华", "秀英", "志强", "海燕", "国庆", "丽娟", "春生", "桂兰"};
        return surnames[random.nextInt(surnames.length)] + given[random.nextInt(given.length)];
    }

    private static String phone(Random random) {
        return "139" + String.format("%08d", random.nextInt(100_000_000));
    }

    /** A plain drawn page standing in for a scanned contract (lines of text and a red seal). */
    private static byte[] scan(int n) {
        var image = new BufferedImage(420, 594, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 420, 594);
        g.setColor(new Color(60, 60, 60));
        g.fillRect(120, 40, 180, 14);
        for (int y = 100; y < 470; y += 22) {
            g.fillRect(40, y, 340 - (y * 7 + n * 13) % 90, 5);
        }
        g.setColor(new Color(200, 30, 30));
        g.drawOval(270, 480, 90, 90);
        g.drawOval(272, 482, 86, 86);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.urbangrid.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.urbangrid.duty.Duty;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.gridteams.GridTeams;
import org.urbangrid.gridteams.PostInput;
import org.urbangrid.gridteams.ZoneInput;
import org.urbangrid.platform.PlatformProperties;

/**
 * The demo district's grid teams (网格责任体系): every unit grid gets a 网格责任人 (one keeps three neighbouring grids) and
 * a 四位一体 team — a community worker for six grids, two law-enforcement officers and one community police officer per
 * community, a sanitation worker for four grids (some without a phone: they are told by a log notice) — and a 社区包楼院
 * person for eight grids; the chain has a district leader per street and a street leader per community; letters signed
 * about ten months ago, some ending within the month and a few already ended. 凌水社区 gets 11 网区 of 3 grids each
 * modelled on seed 003, each with its 督导单位 and 包扶 leader. Names come from {@link DemoNames} with a seed of their own,
 * so the same people come on every fresh start; all posts go in through one batched {@link GridTeams#seed}.
 */
@Component
@Order(30)
class DemoGridTeams implements DemoPart {

    static final long NAMES_SEED = 210231_10L;
    /** The community whose 33 grids form the 11 网区 of seed 003. */
    static final String ZONED_COMMUNITY = "210231001001";

    /** 督导单位 of the 11 网区: departments of the demo district, as seed 003 gives each 网区 a unit. */
    static final List<String> SUPERVISORS = List.of("城市管理局", "行政执法局", "规划建设局", "国土资源和房屋局", "市政园林局",
            "市场监督管理局", "环保局", "水务局", "交通运输局", "卫计局", "公安分局");

    static final List<String> LEADER_TITLES = List.of("区人大常委会副主任", "区政府副区长", "区政协副主席", "区委常委",
            "管委会副主任");

    private final GridTeams teams;
    private final Grids grids;
    private final Clock clock;
    private final PlatformProperties platform;

    DemoGridTeams(GridTeams teams, Grids grids, Clock clock, PlatformProperties platform) {
        this.teams = teams;
        this.grids = grids;
        this.clock = clock;
        this.platform = platform;
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoGridTeams.class);

    @Override
    public void load() {
        long started = System.nanoTime();
        var today = LocalDate.now(clock.withZone(platform.zone()));
        var since = today.minusMonths(10).withDayOfMonth(1);
        var names = new DemoNames(NAMES_SEED, Set.of());
        var phones = new Phones();
        var posts = new ArrayList<PostInput>();
        int letter = 0;
        for (var street : grids.ofLevel(GridLevel.STREET)) {
            var office = street.name() + "办事处";
            posts.add(post(street.code(), Duty.CHAIN_DISTRICT, names.next(), phones.next(), "高新区管委会 "
                    + LEADER_TITLES.get(letter % LEADER_TITLES.size()), street.code().equals("210231001") ? "leader" : null,
                    since, letterEnds(today, letter++)));
            for (var community : grids.children(street.code())) {
                posts.add(post(community.code(), Duty.CHAIN_STREET, names.next(), phones.next(), office + " 副主任",
                        null, since, letterEnds(today, letter++)));
                var units = grids.children(community.code()).stream().filter(g -> g.level() == GridLevel.UNIT).toList();
                team(units, community, names, phones, since, today, posts, letter);
            }
        }
        int stored = teams.seed(posts);
        zones(names, phones, today);
        log.info("Demo grid teams: {} posts and 11 网区 in {} ms", stored, (System.nanoTime() - started) / 1_000_000);
    }

    private void team(List<Grid> units, Grid community, DemoNames names, Phones phones, LocalDate since,
            LocalDate today, List<PostInput> posts, int offset) {
        var committee = community.name() + "居委会";
        var enforcement = List.of(names.next(), names.next());
        var enforcementPhones = List.of(phones.next(), phones.next());
        var police = names.next();
        var policePhone = phones.next();
        var station = community.name().replace("社区", "") + "警务室";
        String keeper = null, keeperPhone = null, worker = null, workerPhone = null, sweeper = null, sweeperPhone = null;
        String courtyard = null, courtyardPhone = null;
        for (int i = 0; i < units.size(); i++) {
            var code = units.get(i).code();
            if (i % 3 == 0) {
                keeper = names.next();
                keeperPhone = phones.next();
            }
            if (i % 6 == 0) {
                worker = names.next();
                workerPhone = phones.next();
            }
            if (i % 4 == 0) {
                sweeper = names.next();
                sweeperPhone = i % 8 == 0 ? phones.next() : null; // some sanitation workers have no phone on record
            }
            if (i % 8 == 0) {
                courtyard = names.next();
                courtyardPhone = phones.next();
            }
            int half = (i * 2) / Math.max(1, units.size());
            posts.add(post(code, Duty.GRID_KEEPER, keeper, keeperPhone, committee, null, since, null));
            posts.add(post(code, Duty.TEAM_COMMUNITY_WORKER, worker, workerPhone, committee, null, since, null));
            posts.add(post(code, Duty.TEAM_ENFORCEMENT, enforcement.get(half), enforcementPhones.get(half),
                    "行政执法局 执法中队", null, since, null));
            posts.add(post(code, Duty.TEAM_POLICE, police, policePhone, "公安分局 " + station, null, since, null));
            posts.add(post(code, Duty.TEAM_SANITATION, sweeper, sweeperPhone, "市政公用服务中心(环卫)", null, since, null));
            posts.add(post(code, Duty.CHAIN_COMMUNITY, courtyard, courtyardPhone, committee, null, since,
                    i % 8 == 0 ? letterEnds(today, i / 8 + offset * 3) : null));
        }
    }

    /** 11 网区 of 3 grids each in 凌水社区, with 督导单位 and 包扶 leaders, as in seed 003. */
    private void zones(DemoNames names, Phones phones, LocalDate today) {
        var units = grids.children(ZONED_COMMUNITY).stream().filter(g -> g.level() == GridLevel.UNIT).toList();
        for (int z = 0; z < 11 && (z + 1) * 3 <= units.size(); z++) {
            var codes = units.subList(z * 3, z * 3 + 3).stream().map(Grid::code).toList();
            var signed = today.minusMonths(9).withDayOfMonth(15);
            var ends = z == 2 ? today.plusDays(12) : z == 7 ? today.minusDays(5) : signed.plusYears(1).minusDays(1);
            teams.seedZone(new ZoneInput("LS-WQ%02d".formatted(z + 1), "第%d网区".formatted(z + 1), ZONED_COMMUNITY,
                    codes, SUPERVISORS.get(z), "0411-8479%04d".formatted(1000 + z), names.next(), phones.next(),
                    LEADER_TITLES.get(z % LEADER_TITLES.size()), signed, ends));
        }
    }

    private static PostInput post(String place, Duty duty, String name, String phone, String organisation,
            String username, LocalDate since, LocalDate letterEnds) {
        var signed = letterEnds == null ? null : letterEnds.minusYears(1).plusDays(1);
        return new PostInput(place, duty, name, phone, organisation, username, since, null, signed, letterEnds);
    }

    /** Most letters run a year; every fifth ends within the month and every thirteenth has ended. */
    private static LocalDate letterEnds(LocalDate today, int n) {
        if (n % 13 == 5) {
            return today.minusDays(3 + n % 7);
        }
        if (n % 5 == 2) {
            return today.plusDays(5 + n % 20);
        }
        return today.plusMonths(2 + n % 9);
    }

    /** Phone numbers that look like mobile numbers and are the same on every start. */
    static final class Phones {
        private int next = 0;

        String next() {
            next++;
            return "139" + "%08d".formatted(41100000 + next * 37);
        }
    }
}

package org.urbangrid.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.cases.CaseChanged;
import org.urbangrid.cases.CaseStatistics;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.deadline.Light;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.AfterCommit;
import org.urbangrid.platform.SqlTimes;

/** Grouped counts of open cases; street-level staff count only their street. */
@Service
@Transactional(readOnly = true)
class CaseCounts implements CaseStatistics {

    private static final String OPEN = "status in (" + CaseStatus.open().stream().map(s -> "'" + s.name() + "'")
            .collect(Collectors.joining(", ")) + ")";

    private final JdbcClient jdbc;
    private final CurrentStaff current;
    private final Clock clock;

    CaseCounts(JdbcClient jdbc, CurrentStaff current, Clock clock) {
        this.jdbc = jdbc;
        this.current = current;
        this.clock = clock;
    }

    @Override
    public Map<String, Long> openCountsByGrid() {
        var counts = new TreeMap<String, Long>();
        jdbc.sql("select unit_grid_code, count(*) as n from cases where " + OPEN + street()
                        + " group by unit_grid_code")
                .params(streetParam())
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public Map<CaseStatus, Long> openCountsByStatus() {
        var counts = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        jdbc.sql("select status, count(*) as n from cases where " + OPEN + street() + " group by status")
                .params(streetParam())
                .query((rs, row) -> counts.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    @Override
    public Map<Light, Long> openCountsByLight() {
        var counts = new EnumMap<Light, Long>(Light.class);
        jdbc.sql("select light, count(*) as n from (select case when due_at <= :now then 'RED' "
                        + "when warn_at <= :now then 'YELLOW' else 'GREEN' end as light from cases where " + OPEN
                        + " and due_at is not null and suspended_at is null" + street() + ") lights group by light")
                .params(streetParam()).param("now", SqlTimes.toDb(clock.instant()))
                .query((rs, row) -> counts.put(Light.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }

    /** How long a district's (or street's) {@link #openCounts()} serve without a change: lights move with time. */
    static final Duration SNAPSHOT_TTL = Duration.ofSeconds(5);

    private record Snapshot(OpenCounts counts, Instant at, long generation) {}

    /** Per scope (street code, "" for the district): the last counts, when, and the case-change generation. */
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /**
     * A case changed on this node: the counts are read again by the next overview, once the change is committed
     * (a reader before the commit would count it as it was). Another node's changes are seen within
     * {@link #SNAPSHOT_TTL}.
     */
    @EventListener
    void on(CaseChanged changed) {
        AfterCommit.run(generation::incrementAndGet);
    }

    /**
     * The overview's counts: read again after any case change on this node or after {@link #SNAPSHOT_TTL}, whichever
     * comes first, and shared by everyone who sees the same street (or the whole district) meanwhile, so that a room
     * of leaders' screens costs one scan of the open cases, not one each.
     */
    @Override
    public OpenCounts openCounts() {
        var scope = current.get().streetCode() == null ? "" : current.get().streetCode();
        var now = clock.instant();
        long seen = generation.get();
        var last = snapshots.get(scope);
        if (last != null && last.generation() == seen && !now.isBefore(last.at())
                && now.isBefore(last.at().plus(SNAPSHOT_TTL))) {
            return last.counts();
        }
        var counts = countOpen();
        snapshots.put(scope, new Snapshot(counts, now, seen));
        return counts;
    }

    private OpenCounts countOpen() {
        var byStatus = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        var byLight = new EnumMap<Light, Long>(Light.class);
        // one pass along ix_cases_status_due (status, due_at, id, warn_at, suspended_at), grouped by both
        jdbc.sql("select status, case when due_at is null or suspended_at is not null then null when due_at <= :now "
                        + "then 'RED' when warn_at <= :now then 'YELLOW' else 'GREEN' end as light, count(*) as n "
                        + "from cases where " + OPEN + street() + " group by 1, 2")
                .params(streetParam()).param("now", SqlTimes.toDb(clock.instant()))
                .query((rs, row) -> {
                    long n = rs.getLong(3);
                    byStatus.merge(CaseStatus.valueOf(rs.getString(1)), n, Long::sum);
                    var light = rs.getString(2);
                    if (light != null) {
                        byLight.merge(Light.valueOf(light), n, Long::sum);
                    }
                    return n;
                }).list();
        return new OpenCounts(Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byLight));
    }

    private String street() {
        return current.get().streetCode() == null ? "" : " and street_code = :street";
    }

    private Map<String, Object> streetParam() {
        var street = current.get().streetCode();
        return street == null ? Map.of() : Map.of("street", street);
    }
}

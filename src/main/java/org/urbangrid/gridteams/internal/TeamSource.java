package org.urbangrid.gridteams.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.urbangrid.duty.Answerable;
import org.urbangrid.duty.AnswerableSource;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.PlatformProperties;

/**
 * The grid teams' answer to "who answers here", from an in-memory {@link TeamIndex}. Every change made through
 * {@link org.urbangrid.gridteams.GridTeams} calls {@link #refresh()}, which moves the {@value #CACHE} version in
 * {@link ClusterSignals}: this node reloads after the commit, the others within a poll. Posts start and end on days,
 * so the snapshot is also rebuilt when the city's day has moved on since it was built. Loaded lazily, so it reads the
 * migrated schema.
 */
@Component
public class TeamSource implements AnswerableSource {

    static final String CACHE = "grid-teams";

    private final TeamRows rows;
    private final Grids grids;
    private final ClusterSignals signals;
    private final Clock clock;
    private final PlatformProperties platform;
    private volatile TeamIndex index;

    TeamSource(TeamRows rows, Grids grids, ClusterSignals signals, Clock clock, PlatformProperties platform) {
        this.rows = rows;
        this.grids = grids;
        this.signals = signals;
        this.clock = clock;
        this.platform = platform;
        signals.register(CACHE, this::reload);
    }

    @Override
    public List<Answerable> at(Where where) {
        return current().at(where);
    }

    @Override
    public Optional<String> nameOf(String key) {
        return current().nameOf(key);
    }

    /** Called after every change: tells the other nodes and re-reads here once the change commits. */
    public void refresh() {
        signals.changed(CACHE);
    }

    private TeamIndex current() {
        var current = index;
        return current != null && current.day().equals(today()) ? current : reload();
    }

    private synchronized TeamIndex reload() {
        var day = today();
        var names = new HashMap<String, String>();
        for (var level : List.of(GridLevel.STREET, GridLevel.COMMUNITY, GridLevel.UNIT)) {
            grids.ofLevel(level).forEach(g -> names.put(g.code(), g.name()));
        }
        index = TeamIndex.of(day, rows.activePosts(day), rows.allZones(), rows.people(), names);
        return index;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(platform.zone()));
    }
}

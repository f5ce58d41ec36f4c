package org.urbangrid.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Several nodes, one truth: how an in-memory cache or a live stream on one node follows a change made on another.
 * <ul>
 * <li><b>Cache versions.</b> A module {@linkplain #register registers} each cache under a name with its reload.
 * A change {@linkplain #changed bumps} the name's row in {@code cache_version} in the change's own transaction and
 * reloads the local cache once that commits. Every node polls the versions (one tiny query every
 * {@code urbangrid.cluster.poll-interval}, default 1 s) and reloads a cache whose version moved; a missed poll
 * costs nothing because the version stays moved.</li>
 * <li><b>Signals.</b> {@link #publish} writes a short note into {@code cluster_signal} in the current transaction;
 * the other nodes' pollers hand it to the topic's {@linkplain #subscribe subscribers} (a node never receives its own
 * notes: it delivers them in-process). Notes are a hint for live screens, kept for an hour. Each poll also beats
 * in {@code cluster_node}; while no other node has beaten within {@link #ALIVE} a node writes no notes at all, so a
 * single node pays nothing for them.</li>
 * </ul>
 * Plain SQL, so it behaves the same on H2 and PostgreSQL.
 */
@Component
public class ClusterSignals implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);
    /** How long a hole in the signal ids is waited for: a transaction that wrote a lower id may not have committed yet. */
    static final Duration GAP_PATIENCE = Duration.ofSeconds(30);
    private static final Duration KEEP = Duration.ofHours(1);
    /** How recent another node's beat must be for it to count as alive (in database time). */
    static final int ALIVE_SECONDS = 15;
    private static final String ALIVE = "interval '" + ALIVE_SECONDS + "' second";
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration interval;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, Runnable> caches = new ConcurrentHashMap<>();
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    /** Signal ids below {@link #high} not seen yet, with the poll time (ms) they were first missed. */
    private final Map<Long, Long> gaps = new TreeMap<>();
    private long high = -1;
    private long lastPrune;
    private boolean failing;
    private volatile boolean othersAlive;
    private ScheduledExecutorService poller;

    ClusterSignals(JdbcClient jdbc, Clock clock,
            @Value("${urbangrid.cluster.poll-interval:1s}") Duration interval) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = interval;
    }

    /** This node's name in {@code cluster_signal}; random per start. */
    public String node() {
        return node;
    }

    /**
     * Registers a cache: {@code reload} runs (on the poller's thread) whenever another node changed it, and after
     * every local {@link #changed}. The first poll reloads every cache that was ever changed, so nothing a lazily
     * loaded cache read before the poller started can stay stale.
     */
    public void register(String cache, Runnable reload) {
        caches.put(cache, reload);
        seen.putIfAbsent(cache, 0L);
    }

    /**
     * Announces a change to a cache: bumps its version in the current transaction (or at once without one) and
     * reloads the local cache after commit.
     */
    public void changed(String cache) {
        long version = bump(cache);
        AfterCommit.run(() -> {
            reload(cache);
            seen.merge(cache, version, Math::max);
        });
    }

    /**
     * Bumps a cache's version without reloading it here, for a cache that refreshes itself after commit (e.g. on an
     * event); other nodes still reload it.
     */
    public void bumped(String cache) {
        long version = bump(cache);
        AfterCommit.run(() -> seen.merge(cache, version, Math::max));
    }

    /**
     * Leaves a note for the other nodes in the current transaction; it reaches them only if that commits. Nothing is
     * written while no other node is alive.
     */
    public void publish(String topic, String payload) {
        publish(topic, () -> payload);
    }

    /** As {@link #publish(String, String)}, the payload made only when another node will read it. */
    public void publish(String topic, java.util.function.Supplier<String> payload) {
        if (!othersAlive) {
            return;
        }
        jdbc.sql("insert into cluster_signal (node, topic, payload, created_at) values (?, ?, ?, ?)")
                .params(node, topic, payload.get(), SqlTimes.toDb(clock.instant())).update();
    }

    /** Receives the notes other nodes publish under the topic, on the poller's thread. */
    public void subscribe(String topic, Consumer<String> listener) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Beats once before the node serves requests, so the others count it in by their next poll; then polls. */
    @Override
    public void afterSingletonsInstantiated() {
        pollSafely();
        start();
    }

    synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            var thread = new Thread(r, "cluster-signals");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling and leaves the cluster at once, so the others stop writing notes for it. */
    @PreDestroy
    synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        try {
            jdbc.sql("delete from cluster_node where node = ?").param(node).update();
        } catch (RuntimeException e) {
            log.debug("cluster signals: could not leave the cluster: {}", e.getMessage());
        }
    }

    private void pollSafely() {
        try {
            poll();
            if (failing) {
                log.info("cluster signals: database reachable again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("cluster signals: poll failed, retrying every {}: {}", interval, e.getMessage());
                failing = true;
            }
        }
    }

    /** One round: beat, reload moved caches, deliver new notes, prune old ones now and then. */
    synchronized void poll() {
        beat();
        pollVersions();
        pollSignals();
        prune();
    }

    private void beat() {
        if (jdbc.sql("update cluster_node set beat_at = current_timestamp where node = ?").param(node).update() == 0) {
            jdbc.sql("insert into cluster_node (node, beat_at) values (?, current_timestamp)").param(node).update();
        }
        othersAlive = jdbc.sql("select count(*) from cluster_node where node <> ? and beat_at > current_timestamp - "
                + ALIVE).param(node).query(Long.class).single() > 0;
    }

    private void pollVersions() {
        var versions = new TreeMap<String, Long>();
        jdbc.sql("select name, version from cache_version").query(rs -> {
            versions.put(rs.getString(1), rs.getLong(2));
        });
        versions.forEach((cache, version) -> {
            if (caches.containsKey(cache) && !Objects.equals(seen.get(cache), version)) {
                log.debug("cache {} moved to version {}; reloading", cache, version);
                reload(cache);
                seen.merge(cache, version, Math::max);
            }
        });
    }

    private void pollSignals() {
        if (high < 0) {
            high = jdbc.sql("select coalesce(max(id), 0) from cluster_signal").query(Long.class).single();
            return;
        }
        long now = System.nanoTime() / 1_000_000;
        gaps.values().removeIf(since -> now - since > GAP_PATIENCE.toMillis());
        var waiting = gaps.keySet().stream().limit(BATCH).toList();
        var sql = "select id, node, topic, payload from cluster_signal where id > :high"
                + (waiting.isEmpty() ? "" : " or id in (:gaps)") + " order by id";
        var query = jdbc.sql(sql).param("high", high);
        if (!waiting.isEmpty()) {
            query = query.param("gaps", waiting);
        }
        record Note(long id, String node, String topic, String payload) {}
        var notes = query.query((rs, n) -> new Note(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        for (var note : notes) {
            if (note.id() > high) {
                for (long missing = Math.max(high + 1, note.id() - BATCH); missing < note.id(); missing++) {
                    gaps.put(missing, now);
                }
                high = note.id();
            } else {
                gaps.remove(note.id());
            }
            if (!node.equals(note.node())) {
                deliver(note.topic(), note.payload());
            }
        }
        while (gaps.size() > 10 * BATCH) {
            gaps.remove(((TreeMap<Long, Long>) gaps).firstKey());
        }
    }

    private void deliver(String topic, String payload) {
        for (var listener : subscribers.getOrDefault(topic, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("cluster signal {} not handled: {}", topic, e.getMessage());
            }
        }
    }

    /** Notes older than an hour go, once a minute; only past ids every node has long read. */
    private void prune() {
        long now = System.nanoTime() / 1_000_000;
        if (now - lastPrune < 60_000) {
            return;
        }
        lastPrune = now;
        jdbc.sql("delete from cluster_signal where created_at < ? and id < ?")
                .params(SqlTimes.toDb(clock.instant().minus(KEEP)), high - BATCH).update();
        jdbc.sql("delete from cluster_node where beat_at < current_timestamp - interval '1' hour").update();
    }

    private long bump(String cache) {
        int updated = jdbc.sql("update cache_version set version = version + 1 where name = ?").param(cache).update();
        if (updated == 0) {
            jdbc.sql("insert into cache_version (name, version) values (?, 1)").param(cache).update();
        }
        return jdbc.sql("select version from cache_version where name = ?").param(cache).query(Long.class).single();
    }

    private void reload(String cache) {
        var reload = caches.get(cache);
        if (reload != null) {
            reload.run();
        }
    }
}

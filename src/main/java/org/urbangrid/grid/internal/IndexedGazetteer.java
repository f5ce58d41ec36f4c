package org.urbangrid.grid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.grid.Gazetteer;
import org.urbangrid.grid.GridLocator;
import org.urbangrid.grid.Location;
import org.urbangrid.grid.NearbyPlace;
import org.urbangrid.grid.NewPlace;
import org.urbangrid.grid.Place;
import org.urbangrid.platform.ClusterSignals;
import org.urbangrid.platform.UrbanGridException;

/**
 * 地理编码: the gazetteer over an in-memory {@link PlaceIndex}, replaced whenever a place is added or relocated,
 * here at once and on the other nodes through the {@value #CACHE} version in {@link ClusterSignals}.
 */
@Component
public class IndexedGazetteer implements Gazetteer {

    static final String CACHE = "gazetteer";

    private final PlaceStore store;
    private final GridLocator locator;
    private final GridStore grids;
    private final ClusterSignals signals;
    private volatile PlaceIndex index;

    IndexedGazetteer(PlaceStore store, GridLocator locator, GridStore grids, ClusterSignals signals) {
        this.store = store;
        this.locator = locator;
        this.grids = grids;
        this.signals = signals;
        signals.register(CACHE, this::reload);
    }

    @Override
    public List<Place> search(String text, int limit) {
        return index().search(text == null ? "" : text, Math.max(1, limit));
    }

    @Override
    public Optional<Place> nearest(double latitude, double longitude) {
        return nearestWithDistance(latitude, longitude).map(NearbyPlace::place);
    }

    /** The nearest place and its distance in metres. */
    public Optional<NearbyPlace> nearestWithDistance(double latitude, double longitude) {
        Geo.requireValidPosition(latitude, longitude);
        return index().nearest(latitude, longitude);
    }

    /**
     * "凌水街道 凌水社区 黄浦路附近(约40米)". A position outside every grid gets the nearest place only,
     * because a description is for reading, not for deciding where a case belongs.
     */
    @Override
    public String describe(double latitude, double longitude) {
        Geo.requireValidPosition(latitude, longitude);
        var parts = new StringBuilder();
        area(latitude, longitude).ifPresent(location -> parts
                .append(grids.nameOf(location.streetCode()).orElse(location.streetCode())).append(' ')
                .append(grids.nameOf(location.communityCode()).orElse(location.communityCode())).append(' '));
        nearestWithDistance(latitude, longitude).ifPresent(near -> parts
                .append(near.place().name()).append("附近(约").append(distance(near.distanceMetres())).append(')'));
        return parts.toString().trim();
    }

    /**
     * Adds places inside the district, all or none: each unit grid comes from the locator (422 when a
     * position is outside every grid). The index is rebuilt once.
     */
    @Transactional
    public synchronized List<Place> addAll(List<NewPlace> places) {
        var grids = places.stream().map(p -> locator.locate(p.latitude(), p.longitude()).unitGridCode()).toList();
        var added = new ArrayList<Place>();
        for (int i = 0; i < places.size(); i++) {
            var p = places.get(i);
            added.add(store.insert(p.name().trim(), p.kind(), p.latitude(), p.longitude(), grids.get(i)));
        }
        signals.bumped(CACHE);
        index = new PlaceIndex(store.all());
        return added;
    }

    /**
     * Replaces the entries derived from the base map (its named roads, places, parks, water and blocks), in the
     * caller's transaction; entries added by hand stay. A position outside every grid keeps no unit grid.
     */
    @Transactional
    public synchronized int replaceDerived(List<NewPlace> places) {
        var rows = places.stream().map(p -> new Object[] { p.name(), p.kind().name(), p.latitude(), p.longitude(),
                area(p.latitude(), p.longitude()).map(Location::unitGridCode).orElse(null) }).toList();
        int count = store.replaceDerived(rows);
        signals.bumped(CACHE);
        index = new PlaceIndex(store.all());
        return count;
    }

    /** Recomputes every place's unit grid after grids changed; places now outside every grid get none. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public synchronized void relocateAll() {
        for (var place : store.all()) {
            var grid = area(place.latitude(), place.longitude()).map(Location::unitGridCode).orElse(null);
            if (!Objects.equals(grid, place.unitGridCode())) {
                store.updateGrid(place.id(), grid);
            }
        }
        signals.bumped(CACHE);
        index = new PlaceIndex(store.all());
    }

    public List<Place> all() {
        return store.all();
    }

    static String distance(double metres) {
        if (metres < 1000) {
            return Math.max(10, Math.round(metres / 10) * 10) + "米";
        }
        return String.format("%.1f公里", metres / 1000);
    }

    private Optional<Location> area(double latitude, double longitude) {
        try {
            return Optional.of(locator.locate(latitude, longitude));
        } catch (UrbanGridException outside) {
            return Optional.empty();
        }
    }

    /** Re-reads every place; when another node changed them. */
    synchronized void reload() {
        index = new PlaceIndex(store.all());
    }

    private PlaceIndex index() {
        var current = index;
        if (current == null) {
            current = new PlaceIndex(store.all());
            index = current;
        }
        return current;
    }
}

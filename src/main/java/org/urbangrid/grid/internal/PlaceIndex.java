package org.urbangrid.grid.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.urbangrid.grid.NearbyPlace;
import org.urbangrid.grid.Place;

/**
 * An immutable in-memory view of the gazetteer: names for search, and an STRtree over positions for the
 * nearest place. Longitudes are scaled by cos(latitude) so planar distance in the tree follows ground distance.
 */
final class PlaceIndex {

    private final List<Place> places;
    private final STRtree tree = new STRtree();
    private final double lngScale;

    PlaceIndex(List<Place> places) {
        this.places = List.copyOf(places);
        double meanLat = places.stream().mapToDouble(Place::latitude).average().orElse(0);
        this.lngScale = Math.cos(Math.toRadians(meanLat));
        places.forEach(place -> tree.insert(envelope(place.latitude(), place.longitude()), place));
        tree.build();
    }

    List<Place> search(String text, int limit) {
        var needle = text.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return places.stream()
                .filter(place -> lower(place).contains(needle))
                .filter(distinctNames())
                .sorted(Comparator.comparing((Place place) -> !lower(place).startsWith(needle))
                        .thenComparingInt(place -> place.name().length())
                        .thenComparing(Place::name))
                .limit(limit)
                .toList();
    }

    /** A road is stored as points along its length: search lists each name of a kind once, its first point. */
    private static java.util.function.Predicate<Place> distinctNames() {
        var seen = new java.util.HashSet<String>();
        return place -> seen.add(place.kind() + "\u0000" + place.name());
    }

    Optional<NearbyPlace> nearest(double latitude, double longitude) {
        if (places.isEmpty()) {
            return Optional.empty();
        }
        var query = envelope(latitude, longitude);
        var place = (Place) tree.nearestNeighbour(query, null,
                (a, b) -> ((Envelope) a.getBounds()).distance((Envelope) b.getBounds()));
        return Optional.of(new NearbyPlace(place, Geo.distanceMetres(latitude, longitude, place.latitude(), place.longitude())));
    }

    int size() {
        return places.size();
    }

    private Envelope envelope(double latitude, double longitude) {
        double x = longitude * lngScale;
        return new Envelope(x, x, latitude, latitude);
    }

    private static String lower(Place place) {
        return place.name().toLowerCase(Locale.ROOT);
    }
}

package org.urbangrid.grid;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.urbangrid.grid.internal.IndexedGazetteer;

/** Maintains the gazetteer (地名地址): adding named roads, places and buildings; reading is {@link Gazetteer}. */
@Service
public class Places {

    private final IndexedGazetteer gazetteer;

    Places(IndexedGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Adds a place; refused with 422 {@code error.grid.outside} when the position is outside every unit grid. */
    public Place add(NewPlace place) {
        return gazetteer.addAll(List.of(place)).get(0);
    }

    /** Adds many places at once, all or none (422 naming the first position outside every grid). */
    public List<Place> addAll(List<NewPlace> places) {
        return gazetteer.addAll(places);
    }

    public List<Place> all() {
        return gazetteer.all();
    }

    public Optional<NearbyPlace> nearest(double latitude, double longitude) {
        return gazetteer.nearestWithDistance(latitude, longitude);
    }
}

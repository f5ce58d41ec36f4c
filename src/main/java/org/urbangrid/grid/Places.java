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
        return gazetteer.add(place.name(), place.kind(), place.latitude(), place.longitude());
    }

    public List<Place> all() {
        return gazetteer.all();
    }

    public Optional<NearbyPlace> nearest(double latitude, double longitude) {
        return gazetteer.nearestWithDistance(latitude, longitude);
    }
}

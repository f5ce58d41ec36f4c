package org.urbangrid.grid.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistanceTextTest {

    @Test
    void short_distances_are_rounded_to_ten_metres_and_never_zero() {
        assertThat(IndexedGazetteer.distance(0)).isEqualTo("10米");
        assertThat(IndexedGazetteer.distance(38)).isEqualTo("40米");
        assertThat(IndexedGazetteer.distance(994)).isEqualTo("990米");
    }

    @Test
    void long_distances_are_in_kilometres() {
        assertThat(IndexedGazetteer.distance(1250)).isEqualTo("1.3公里");
    }

    @Test
    void haversine_distance_of_a_tenth_of_a_degree_of_latitude_is_about_eleven_kilometres() {
        assertThat(Geo.distanceMetres(38.8, 121.5, 38.9, 121.5)).isBetween(11_110.0, 11_125.0);
    }
}

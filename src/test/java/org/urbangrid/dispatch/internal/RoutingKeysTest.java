package org.urbangrid.dispatch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.urbangrid.dispatch.RoutingQuery;

class RoutingKeysTest {

    @Test
    void class_and_major_class_are_derived_from_the_condition() {
        var keys = RoutingKeys.of(new RoutingQuery(null, "E0102-01", null, null, null, null));
        assertThat(keys.categories()).containsExactly("E0102-01", "E0102", "E01", null);
    }

    @Test
    void community_and_street_are_derived_from_the_unit_grid() {
        var keys = RoutingKeys.of(new RoutingQuery("C0101", null, "210231003002005", null, null, null));
        assertThat(keys.areas()).containsExactly("210231003002005", "210231003002", "210231003", null);
        assertThat(keys.categories()).containsExactly("C0101", "C01", null);
    }

    @Test
    void a_query_with_nothing_matches_only_rules_without_parts() {
        var keys = RoutingKeys.of(new RoutingQuery(null, null, null, null, null, null));
        assertThat(keys.categories()).containsExactly((String) null);
        assertThat(keys.areas()).isEqualTo(Arrays.asList((String) null));
    }
}

package org.urbangrid.assessment.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.internal.inputs.SpotCheckDrawing;

class SpotCheckDrawingTest {

    /** Seed 003's town: 11 网区 of 3 网格, 33 grids. */
    static final List<String> POOL = IntStream.rangeClosed(1, 33)
            .mapToObj(n -> String.format("210231001%03d%03d", (n - 1) / 3 + 1, (n - 1) % 3 + 1)).toList();

    @Test
    void the_same_seed_draws_the_same_11_of_33_grids_whatever_order_the_pool_comes_in() {
        var shuffled = new ArrayList<>(POOL);
        Collections.shuffle(shuffled, new Random(1));
        var first = SpotCheckDrawing.draw(POOL, 11, 20261108L);
        assertThat(first).hasSize(11).doesNotHaveDuplicates();
        assertThat(POOL).containsAll(first);
        assertThat(SpotCheckDrawing.draw(shuffled, 11, 20261108L)).isEqualTo(first);
    }

    @Test
    void different_seeds_draw_different_grids() {
        var draws = new java.util.HashSet<List<String>>();
        for (long seed = 1; seed <= 20; seed++) {
            draws.add(SpotCheckDrawing.draw(POOL, 11, seed));
        }
        assertThat(draws).hasSize(20);
    }

    @Test
    void the_draw_follows_the_documented_partial_fisher_yates_over_java_util_random() {
        // The documented steps, written out once more by hand for seed 42 and 3 of 5 grids.
        var pool = List.of("e", "c", "a", "d", "b");
        var random = new Random(42);
        var sorted = new ArrayList<>(List.of("a", "b", "c", "d", "e"));
        var expected = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            int j = i + random.nextInt(5 - i);
            Collections.swap(sorted, i, j);
            expected.add(sorted.get(i));
        }
        assertThat(SpotCheckDrawing.draw(pool, 3, 42)).isEqualTo(expected);
    }

    @Test
    void drawing_every_grid_is_a_permutation_and_more_than_the_pool_is_refused() {
        assertThat(SpotCheckDrawing.draw(POOL, 33, 7)).containsExactlyInAnyOrderElementsOf(POOL);
        assertThatThrownBy(() -> SpotCheckDrawing.draw(POOL, 34, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpotCheckDrawing.draw(POOL, 0, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_pool_hash_ignores_order_and_notices_a_changed_grid() {
        var reversed = new ArrayList<>(POOL);
        Collections.reverse(reversed);
        assertThat(SpotCheckDrawing.poolHash(reversed)).isEqualTo(SpotCheckDrawing.poolHash(POOL)).hasSize(64);
        assertThat(SpotCheckDrawing.poolHash(POOL.subList(1, 33))).isNotEqualTo(SpotCheckDrawing.poolHash(POOL));
    }
}

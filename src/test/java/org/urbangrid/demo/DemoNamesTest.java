package org.urbangrid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DemoNamesTest {

    private static List<String> draw(long seed, int count, Set<String> taken) {
        var names = new DemoNames(seed, taken);
        var drawn = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            drawn.add(names.next());
        }
        return drawn;
    }

    @Test
    void the_same_seed_gives_the_same_people_and_nobody_twice() {
        var first = draw(DemoOrganization.NAMES_SEED, 60, Set.of("张建国"));
        assertThat(first).isEqualTo(draw(DemoOrganization.NAMES_SEED, 60, Set.of("张建国")));
        assertThat(first).doesNotHaveDuplicates().doesNotContain("张建国")
                .allMatch(n -> n.matches("\\p{IsHan}{2,3}"));
        assertThat(draw(1L, 60, Set.of())).isNotEqualTo(first);
    }

    @Test
    void common_surnames_come_up_more_often_than_rare_ones() {
        var drawn = draw(7L, 400, Set.of());
        long head = drawn.stream().filter(n -> DemoNames.SURNAMES.subList(0, 10).contains(n.substring(0, 1))).count();
        long tail = drawn.stream().filter(n -> DemoNames.SURNAMES.subList(74, 84).contains(n.substring(0, 1))).count();
        assertThat(head).isGreaterThan(3 * tail);
    }
}

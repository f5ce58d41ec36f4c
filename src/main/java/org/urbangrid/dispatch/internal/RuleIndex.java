package org.urbangrid.dispatch.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.urbangrid.dispatch.RoutingRule;

/**
 * An immutable snapshot of the active rules, keyed by (category, area). Finding the rules for a case is at
 * most 16 map look-ups: every category key of the case (condition, class, major class, none) crossed with
 * every area key (unit grid, community, street, none), visited most specific first — category before area.
 */
final class RuleIndex {

    private static final Comparator<RoutingRule> TIE_BREAK =
            Comparator.comparingInt(RoutingRule::priority).reversed().thenComparingLong(RoutingRule::id);

    private record Key(String category, String area) {}

    private final Map<Key, List<RoutingRule>> rules;

    private RuleIndex(Map<Key, List<RoutingRule>> rules) {
        this.rules = rules;
    }

    static RuleIndex of(List<RoutingRule> rules) {
        Map<Key, List<RoutingRule>> grouped = rules.stream()
                .filter(RoutingRule::active)
                .collect(Collectors.groupingBy(r -> new Key(r.category(), r.areaCode()), HashMap::new,
                        Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().sorted(TIE_BREAK).toList())));
        return new RuleIndex(Map.copyOf(grouped));
    }

    /** Every active rule matching the case, the best first. */
    List<RoutingRule> candidates(RoutingKeys keys) {
        var matches = new ArrayList<RoutingRule>();
        for (var category : keys.categories()) {
            for (var area : keys.areas()) {
                matches.addAll(rules.getOrDefault(new Key(category, area), List.of()));
            }
        }
        return matches;
    }

    int size() {
        return rules.values().stream().mapToInt(List::size).sum();
    }
}

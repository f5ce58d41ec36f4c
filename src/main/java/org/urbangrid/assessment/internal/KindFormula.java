package org.urbangrid.assessment.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One kind's formula: the weighted parts (weights in points, parts and external inputs together make 100), the
 * weights of the external inputs by code, and the fewest cases a subject needs to be ranked (公平排名).
 */
public record KindFormula(int minimumCases, List<Part> parts, Map<String, BigDecimal> external) {

    public KindFormula {
        parts = parts == null ? List.of() : List.copyOf(parts);
        external = external == null ? Map.of() : Map.copyOf(external);
    }

    public BigDecimal totalWeight() {
        var total = BigDecimal.ZERO;
        for (var part : parts) {
            total = total.add(part.weight() == null ? BigDecimal.ZERO : part.weight());
        }
        for (var weight : external.values()) {
            total = total.add(weight == null ? BigDecimal.ZERO : weight);
        }
        return total;
    }
}

package org.urbangrid.dispatch.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.urbangrid.dispatch.RoutingQuery;

/**
 * The rule keys a case can match, most specific first, each list ending with null (the "any" part). Missing
 * coarser codes are derived from finer ones: the class from the condition ({@code E0102-01} → {@code E0102}),
 * the major class from the class, the community and street from the unit grid's leading digits.
 */
record RoutingKeys(List<String> categories, List<String> areas) {

    static RoutingKeys of(RoutingQuery query) {
        return new RoutingKeys(categories(query.conditionCode(), query.classCode()),
                areas(query.unitGridCode(), query.communityCode(), query.streetCode()));
    }

    private static List<String> categories(String condition, String classCode) {
        String cls = classCode != null ? classCode
                : condition != null && condition.indexOf('-') > 0 ? condition.substring(0, condition.indexOf('-')) : null;
        String major = cls != null && cls.length() >= 3 ? cls.substring(0, 3) : null;
        return withAny(condition, cls, major);
    }

    private static List<String> areas(String grid, String community, String street) {
        String c = community != null ? community : prefix(grid, 12);
        String s = street != null ? street : prefix(c != null ? c : grid, 9);
        return withAny(grid, c, s);
    }

    private static String prefix(String code, int length) {
        return code != null && code.length() > length ? code.substring(0, length) : null;
    }

    private static List<String> withAny(String... mostSpecificFirst) {
        var keys = new ArrayList<String>();
        for (var key : mostSpecificFirst) {
            if (key != null && !key.isBlank()) {
                keys.add(key);
            }
        }
        keys.add(null);
        return Collections.unmodifiableList(keys);
    }
}

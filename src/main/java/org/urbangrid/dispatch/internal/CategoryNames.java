package org.urbangrid.dispatch.internal;

import java.util.Map;
import java.util.Optional;

/** The major classes (大类) of CJ/T 214-2007, fixed by the standard; minor classes come from the catalogue. */
final class CategoryNames {

    private static final Map<String, String> MAJOR = Map.ofEntries(
            Map.entry("C01", "公用设施"), Map.entry("C02", "道路交通"), Map.entry("C03", "市容环境"),
            Map.entry("C04", "园林绿化"), Map.entry("C05", "房屋土地"), Map.entry("C06", "其他设施"),
            Map.entry("E01", "市容环境"), Map.entry("E02", "宣传广告"), Map.entry("E03", "施工管理"),
            Map.entry("E04", "突发事件"), Map.entry("E05", "街面秩序"));

    private CategoryNames() {}

    static Optional<String> major(String code) {
        return Optional.ofNullable(MAJOR.get(code));
    }
}

package org.urbangrid.grid;

import java.util.Locale;
import java.util.Optional;

/** What a base-map feature (底图要素) shows; the map draws them in this order, places on top. */
public enum BaseFeatureKind {
    /** 水系: sea, rivers, reservoirs (polygons or lines) */
    WATER,
    /** 绿地: parks and green space (polygons) */
    GREEN,
    /** 街区 / 建筑: building blocks and buildings (polygons) */
    BLOCK,
    /** 道路: roads as lines, rank 1 trunk, 2 main, 3 branch */
    ROAD,
    /** 地名标注: schools, hospitals, parks, stations, malls (points), rank 1 landmark .. 3 minor */
    PLACE;

    /** The lower-case name the API and import files use ({@code road}, {@code water} …). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BaseFeatureKind> fromKey(String key) {
        for (var kind : values()) {
            if (kind.key().equalsIgnoreCase(key == null ? "" : key.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

package org.urbangrid.grid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** 网格层级: district (区) → street (街道, first-level grid) → community (社区) → unit grid (单元网格). */
public enum GridLevel {
    /** 区/县: 6-digit GB/T 2260 code */
    DISTRICT(6),
    /** 街道/镇/地区: 9 digits */
    STREET(9),
    /** 社区/村: 12 digits */
    COMMUNITY(12),
    /** 单元网格: 15 digits, about 10,000 m² */
    UNIT(15);

    private final int codeLength;

    GridLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The name used in GeoJSON properties and the API: district, street, community, unit. */
    @JsonValue
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<GridLevel> parent() {
        return this == DISTRICT ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    private static final java.util.Map<String, GridLevel> BY_KEY = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(GridLevel::key, level -> level));

    public static Optional<GridLevel> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        var exact = BY_KEY.get(key);
        return exact != null ? Optional.of(exact) // every stored row: a lookup, not a scan
                : Arrays.stream(values()).filter(level -> level.key().equalsIgnoreCase(key.trim())).findFirst();
    }

    /** The level a well-formed code of this length has. */
    public static Optional<GridLevel> ofCode(String code) {
        if (code == null || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(level -> level.codeLength == code.length()).findFirst();
    }

    public boolean accepts(String code) {
        return ofCode(code).filter(this::equals).isPresent();
    }
}

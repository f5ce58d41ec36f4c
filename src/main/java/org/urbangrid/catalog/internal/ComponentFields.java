package org.urbangrid.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.urbangrid.catalog.ComponentState;

/** Parsing of single import fields, each adding its own refusal reason. */
final class ComponentFields {

    private static final Pattern CODE = Pattern.compile("\\d{16}");
    private static final Map<String, ComponentState> CHINESE_STATES = Map.of("完好", ComponentState.INTACT,
            "破损", ComponentState.DAMAGED, "丢失", ComponentState.MISSING, "占用", ComponentState.OCCUPIED);

    private ComponentFields() {}

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static String code(RawComponent row, List<ImportError> errors) {
        var code = blankToNull(row.code());
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(ImportError.of(row, "error.component.code-invalid", String.valueOf(code)));
            return null;
        }
        return code;
    }

    /** Latitude and longitude, or null after adding a reason. */
    static double[] position(RawComponent row, List<ImportError> errors) {
        try {
            double latitude = Double.parseDouble(row.latitude().trim());
            double longitude = Double.parseDouble(row.longitude().trim());
            if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) {
                return new double[] {latitude, longitude};
            }
        } catch (NullPointerException | NumberFormatException e) {
            // reported below
        }
        errors.add(ImportError.of(row, "error.component.position-invalid", String.valueOf(row.latitude()),
                String.valueOf(row.longitude())));
        return null;
    }

    static ComponentState state(RawComponent row, List<ImportError> errors) {
        var state = parseState(row.state());
        if (state == null) {
            errors.add(ImportError.of(row, "error.component.state-invalid", row.state()));
        }
        return state;
    }

    /** Enum names or the Chinese words 完好/破损/丢失/占用; blank means 完好. Null when unknown. */
    static ComponentState parseState(String text) {
        var trimmed = blankToNull(text);
        if (trimmed == null) {
            return ComponentState.INTACT;
        }
        if (CHINESE_STATES.containsKey(trimmed)) {
            return CHINESE_STATES.get(trimmed);
        }
        try {
            return ComponentState.valueOf(trimmed.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String text(RawComponent row, String field, String value, int max, List<ImportError> errors) {
        var trimmed = blankToNull(value);
        if (trimmed != null && trimmed.length() > max) {
            errors.add(ImportError.of(row, "error.component.text-too-long", field, max));
            return null;
        }
        return trimmed;
    }
}

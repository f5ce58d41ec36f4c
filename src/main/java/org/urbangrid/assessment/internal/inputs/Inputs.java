package org.urbangrid.assessment.internal.inputs;

import org.urbangrid.platform.UrbanGridException;

/** Field checks shared by the inputs: each refusal is a 400 naming the field. */
final class Inputs {

    private Inputs() {}

    static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw UrbanGridException.invalid("inputs.error.required", field).with("field", field);
        }
        var clean = value.strip();
        if (clean.length() > max) {
            throw UrbanGridException.invalid("inputs.error.too-long", field, max).with("field", field);
        }
        return clean;
    }

    static String optionalText(String value, String field, int max) {
        return value == null || value.isBlank() ? null : text(value, field, max);
    }

    static int between(Integer value, String field, int min, int max) {
        if (value == null) {
            throw UrbanGridException.invalid("inputs.error.required", field).with("field", field);
        }
        if (value < min || value > max) {
            throw UrbanGridException.invalid("inputs.error.range", field, min, max).with("field", field);
        }
        return value;
    }

    static double between(Double value, String field, double min, double max) {
        if (value == null || value.isNaN()) {
            throw UrbanGridException.invalid("inputs.error.required", field).with("field", field);
        }
        if (value < min || value > max) {
            throw UrbanGridException.invalid("inputs.error.range", field, min, max).with("field", field);
        }
        return value;
    }
}

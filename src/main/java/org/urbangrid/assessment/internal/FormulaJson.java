package org.urbangrid.assessment.internal;

import tools.jackson.databind.json.JsonMapper;

/** A formula body as stored (JSON text in {@code assessment_formula.body_json}). */
final class FormulaJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormulaJson() {}

    static String write(FormulaBody body) {
        return JSON.writeValueAsString(body);
    }

    static FormulaBody read(String json) {
        return JSON.readValue(json, FormulaBody.class);
    }
}

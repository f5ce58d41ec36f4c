package org.urbangrid.assessment.internal;

import tools.jackson.databind.json.JsonMapper;

/** A formula body as stored (JSON text in {@code assessment_formula.body_json}). */
final class FormulaJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FormulaJson() {}

    static String write(FormulaBody body) {
        return JSON.writeValueAsString(body);
    }

    /** A stored body, with any kind it predates filled in by its default ({@link DefaultFormula#completed}). */
    static FormulaBody read(String json) {
        return DefaultFormula.completed(JSON.readValue(json, FormulaBody.class));
    }
}

package org.urbangrid.cases;

/** The move table through the API on embedded H2. */
class MoveRulesApiTest extends MoveRulesContract {}

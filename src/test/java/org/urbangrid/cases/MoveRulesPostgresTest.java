package org.urbangrid.cases;

/** The move table through the API on PostgreSQL. */
class MoveRulesPostgresTest extends CasePostgresTestBase implements MoveRulesContract {}

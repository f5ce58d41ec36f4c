package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** The move table through the API on PostgreSQL. */
@OnPostgres
class MoveRulesPostgresTest extends MoveRulesContract {}

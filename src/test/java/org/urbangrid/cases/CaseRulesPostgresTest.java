package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** Refusals, scopes, idempotency and concurrency of the case API on PostgreSQL. */
@OnPostgres
class CaseRulesPostgresTest extends CaseRulesContract {}

package org.urbangrid.cases;

/** Refusals, scopes, idempotency and concurrency of the case API on PostgreSQL. */
class CaseRulesPostgresTest extends CasePostgresTestBase implements CaseRulesContract {}

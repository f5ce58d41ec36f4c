package org.urbangrid.cases;

/** Refusals, scopes, idempotency and concurrency of the case API on embedded H2. */
class CaseRulesApiTest extends CaseRulesContract {}

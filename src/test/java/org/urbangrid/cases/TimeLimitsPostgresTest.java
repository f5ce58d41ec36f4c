package org.urbangrid.cases;

/** DOMAIN §5 hotline and two-step limits over HTTP on PostgreSQL. */
class TimeLimitsPostgresTest extends CasePostgresTestBase implements TimeLimitsContract {}

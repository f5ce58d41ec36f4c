package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** DOMAIN §5 hotline and two-step limits over HTTP on PostgreSQL. */
@OnPostgres
class TimeLimitsPostgresTest extends TimeLimitsContract {}

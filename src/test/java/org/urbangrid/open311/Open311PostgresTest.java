package org.urbangrid.open311;

import org.urbangrid.support.OnPostgres;

/** Open311 GeoReport v2 on PostgreSQL. */
@OnPostgres
class Open311PostgresTest extends Open311Contract {}

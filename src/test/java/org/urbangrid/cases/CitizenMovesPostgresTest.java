package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** Channel and citizen moves on PostgreSQL. */
@OnPostgres
class CitizenMovesPostgresTest extends CitizenMovesContract {}

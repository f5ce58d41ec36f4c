package org.urbangrid.console.screen;

import org.urbangrid.support.OnPostgres;

/** The screen's data on PostgreSQL: the same counts from the same SQL. */
@OnPostgres
class ScreenDataPostgresTest extends ScreenDataContract {}

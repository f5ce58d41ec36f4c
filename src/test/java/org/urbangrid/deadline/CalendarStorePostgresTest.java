package org.urbangrid.deadline;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class CalendarStorePostgresTest extends CalendarStoreContract {}

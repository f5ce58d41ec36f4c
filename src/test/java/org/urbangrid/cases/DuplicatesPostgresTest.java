package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** Duplicates, merge and separate on PostgreSQL. */
@OnPostgres
class DuplicatesPostgresTest extends DuplicatesContract {}

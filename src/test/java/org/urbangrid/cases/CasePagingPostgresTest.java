package org.urbangrid.cases;

import org.urbangrid.support.OnPostgres;

/** Keyset paging and capped counts on PostgreSQL. */
@OnPostgres
class CasePagingPostgresTest extends CasePagingContract {}

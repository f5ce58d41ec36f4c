package org.urbangrid.cases;

/** Keyset paging and capped counts on PostgreSQL. */
class CasePagingPostgresTest extends CasePostgresTestBase implements CasePagingContract {}

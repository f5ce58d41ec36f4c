package org.urbangrid.cases;

/** Keyset paging and capped counts on H2. */
class CasePagingApiTest extends CasePagingContract {}

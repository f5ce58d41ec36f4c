package org.urbangrid.cases.internal;

import org.urbangrid.support.OnPostgres;

/** Case numbers on PostgreSQL. */
@OnPostgres
class CaseNumbersPostgresTest extends CaseNumbersContract {}

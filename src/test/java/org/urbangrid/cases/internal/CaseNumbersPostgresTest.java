package org.urbangrid.cases.internal;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class CaseNumbersPostgresTest extends CaseNumbersContract {}

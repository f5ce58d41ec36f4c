package org.urbangrid.assessment.internal;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class FormulaStorePostgresTest extends FormulaStoreContract {}

package org.urbangrid.assessment.ledger;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class LedgerRecountPostgresTest extends LedgerRecountContract {}

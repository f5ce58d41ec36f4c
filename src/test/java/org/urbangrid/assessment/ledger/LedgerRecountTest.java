package org.urbangrid.assessment.ledger;

class LedgerRecountTest extends LedgerRecountContract {}

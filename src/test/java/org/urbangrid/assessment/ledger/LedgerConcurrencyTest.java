package org.urbangrid.assessment.ledger;

class LedgerConcurrencyTest extends LedgerConcurrencyContract {}

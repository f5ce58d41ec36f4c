package org.urbangrid.assessment.ledger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.urbangrid.cases.CaseEvent;

/** Keeps the ledger up to date: every case event, after its move committed (kept by the publication registry). */
@Component
class LedgerListener {

    private final Ledger ledger;

    LedgerListener(Ledger ledger) {
        this.ledger = ledger;
    }

    /** No transaction of its own: {@link Ledger#refresh} runs (and retries) in one, holding a single connection. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseEvent event) {
        ledger.refresh(event.facts().caseId());
    }
}

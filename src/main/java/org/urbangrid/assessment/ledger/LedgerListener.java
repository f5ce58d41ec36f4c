package org.urbangrid.assessment.ledger;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.urbangrid.cases.CaseEvent;

/**
 * Keeps the ledger up to date: every case event but the bare report, after its move committed (kept by the
 * publication registry). A report nobody has moved yet is read live from the case rows ({@link Ledger}), so intake
 * writes no publication row and no ledger row per report.
 */
@Component
class LedgerListener {

    private final Ledger ledger;

    LedgerListener(Ledger ledger) {
        this.ledger = ledger;
    }

    /** No transaction of its own: {@link Ledger#refresh} runs (and retries) in one, holding a single connection. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CaseEvent.Moved event) {
        ledger.refresh(event.facts().caseId());
    }
}

package org.urbangrid.assessment.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, derives in the background every case the ledger holds no row for ({@link Ledger#catchUpNew}): cases
 * stored before the ledger existed or saved without events. Idempotent and safe beside the listener and other
 * nodes doing the same (each case is re-derived under its lock). Off with
 * {@code urbangrid.assessment.catch-up-on-start=false}.
 */
@Component
class LedgerCatchUp {

    private static final Logger log = LoggerFactory.getLogger(LedgerCatchUp.class);

    private final Ledger ledger;
    private final boolean enabled;

    LedgerCatchUp(Ledger ledger, @Value("${urbangrid.assessment.catch-up-on-start:true}") boolean enabled) {
        this.ledger = ledger;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        var thread = new Thread(() -> {
            try {
                long started = System.nanoTime();
                int derived = ledger.catchUpNew();
                if (derived > 0) {
                    log.info("assessment ledger caught up: {} case(s) derived in {} ms", derived,
                            (System.nanoTime() - started) / 1_000_000);
                }
            } catch (RuntimeException e) {
                log.warn("assessment ledger catch-up stopped: {}", e.getMessage());
            }
        }, "assessment-ledger-catch-up");
        thread.setDaemon(true);
        thread.start();
    }
}

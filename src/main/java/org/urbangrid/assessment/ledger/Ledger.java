package org.urbangrid.assessment.ledger;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.urbangrid.cases.CaseHistories;
import org.urbangrid.cases.CaseStatus;

/**
 * 考核台账: re-derives a case's tasks and facts from its whole history whenever it moved, and keeps the rollups
 * by the difference. Idempotent: a case already derived from its whole history is left alone, so replays and
 * events arriving late or out of order do no harm; a case moved after its period ended updates that period.
 */
@Service
public class Ledger {

    private final CaseHistories histories;
    private final LedgerStore store;
    private final PlaceSubjects places;
    private final Clock clock;
    private final TransactionTemplate tx;

    Ledger(CaseHistories histories, LedgerStore store, PlaceSubjects places, Clock clock,
            PlatformTransactionManager transactions) {
        this.histories = histories;
        this.store = store;
        this.places = places;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Brings the case's ledger rows up to its history, in a transaction of its own; a lock timeout, deadlock or
     * a concurrent first insert is tried again (twice), since the next attempt reads the history anew.
     */
    public void refresh(long caseId) {
        for (int attempt = 1; ; attempt++) {
            try {
                tx.executeWithoutResult(status -> derive(caseId));
                return;
            } catch (TransientDataAccessException | DuplicateKeyException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private void derive(long caseId) {
        int derived = store.lock(caseId);
        // Read after the lock: a concurrent refresh of the same case has committed what it derived.
        var record = histories.find(caseId).orElse(null);
        if (record == null || record.history().size() == derived || waiting(record)) {
            return;
        }
        // Who answers for the place is read now: a later change of chiefs or keepers applies from the next count.
        var ledger = places.placed(CaseTasks.derive(record, clock.getZone()));
        store.replace(caseId, record.history().size(), ledger.tasks(), ledger, Contributions.of(ledger));
        places.remember(ledger.places());
    }

    /**
     * A report nobody has moved yet (REPORTED, a state no move returns to) stays out of the ledger: the indicator
     * source reads such reports live from the case rows, so intake does no ledger work.
     */
    static boolean waiting(CaseHistories.CaseRecord record) {
        return record.status() == CaseStatus.REPORTED;
    }

    /**
     * Derives every case the ledger holds no row for (stored before the ledger existed, or saved without events),
     * reading only ids until it finds one: cheap enough for every start. Returns how many it derived. A case
     * whose event was not handled is delivered again by the publication registry at restart instead.
     */
    public int catchUpNew() {
        int done = 0;
        long after = 0;
        while (true) {
            var ids = histories.ids(after, 2_000);
            if (ids.isEmpty()) {
                return done;
            }
            var held = store.held(ids);
            for (var id : ids) {
                if (!held.contains(id)) {
                    refresh(id);
                    done++;
                }
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** Derives every case not yet (fully) in the ledger, reading every history: a repair, not for every start. */
    public int catchUp() {
        int done = 0;
        long after = 0;
        while (true) {
            var batch = histories.after(after, 500);
            if (batch.isEmpty()) {
                return done;
            }
            for (var c : batch) {
                if (!waiting(c) && store.derivedSize(c.id()).orElse(-1) != c.history().size()) {
                    refresh(c.id());
                    done++;
                }
                after = c.id();
            }
        }
    }
}

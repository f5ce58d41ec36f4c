package org.urbangrid.chiefs.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.ScopedCaseReads;
import org.urbangrid.chiefs.Chiefs;

/**
 * Links each new case to the segments its position belongs to, after the report committed (kept by the event
 * publication registry, so a restart resends it; storing a link twice stores it once). A case fixed on the spot is
 * linked as well: it is a problem found on the segment.
 */
@Component
class CaseLinker {

    private final Chiefs chiefs;
    private final ScopedCaseReads cases;
    private final ChiefStore store;

    CaseLinker(Chiefs chiefs, ScopedCaseReads cases, ChiefStore store) {
        this.chiefs = chiefs;
        this.cases = cases;
        this.store = store;
    }

    @ApplicationModuleListener
    void on(CaseEvent.CaseReported event) {
        link(event.facts().caseId());
    }

    @ApplicationModuleListener
    void on(CaseEvent.CaseHandledOnSpot event) {
        link(event.facts().caseId());
    }

    void link(long caseId) {
        cases.reportedPlace(caseId).ifPresent(place -> store.link(chiefs.matches(place.latitude(), place.longitude())
                .stream().map(m -> new ChiefStore.Link(caseId, m.segment().id(), m.distanceMetres(), m.primary(),
                        place.latitude(), place.longitude(), place.reportedAt()))
                .toList()));
    }
}

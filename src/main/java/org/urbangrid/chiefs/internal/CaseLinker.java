package org.urbangrid.chiefs.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.chiefs.Chiefs;

/**
 * Links each new case to the segments its position belongs to, in the report's own transaction: the match is in
 * memory, so a report near no segment costs no statement, and a link exists as soon as the case does (and never
 * without it). A case fixed on the spot is linked as well: it is a problem found on the segment.
 */
@Component
class CaseLinker {

    private final Chiefs chiefs;
    private final ChiefStore store;

    CaseLinker(Chiefs chiefs, ChiefStore store) {
        this.chiefs = chiefs;
        this.store = store;
    }

    @EventListener
    void on(CaseEvent.CaseReported event) {
        link(event.facts());
    }

    @EventListener
    void on(CaseEvent.CaseHandledOnSpot event) {
        link(event.facts());
    }

    private void link(CaseEvent.Facts f) {
        var matches = chiefs.matches(f.latitude(), f.longitude());
        if (!matches.isEmpty()) {
            store.link(matches.stream().map(m -> new ChiefStore.Link(f.caseId(), m.segment().id(), m.distanceMetres(),
                    m.primary(), f.latitude(), f.longitude(), f.at())).toList());
        }
    }
}

package org.urbangrid.frontage.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.frontage.FrontageRecords;

/**
 * Links a reported case to the unit(s) whose frontage holds its position, in the report's own transaction: the match
 * is in memory, so a report outside every frontage costs no statement, and a link exists as soon as the case does
 * (and never without it). The position comes with the event.
 */
@Component
class FrontageCaseLinker {

    private final FrontageRecords records;

    FrontageCaseLinker(FrontageRecords records) {
        this.records = records;
    }

    @EventListener
    void on(CaseEvent.CaseReported event) {
        var f = event.facts();
        records.link(f.caseId(), f.caseNumber(), f.classCode(), f.at(), f.latitude(), f.longitude());
    }
}

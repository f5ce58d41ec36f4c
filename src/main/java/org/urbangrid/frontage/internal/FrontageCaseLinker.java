package org.urbangrid.frontage.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.frontage.FrontageRecords;

/**
 * Links a reported case to the unit(s) whose frontage holds its position, after the report committed (kept by the
 * event publication registry, so a restart links it still); idempotent. The position is read through
 * {@link PublicCases}, which carries no one's personal data.
 */
@Component
class FrontageCaseLinker {

    private final PublicCases cases;
    private final FrontageRecords records;

    FrontageCaseLinker(PublicCases cases, FrontageRecords records) {
        this.cases = cases;
        this.records = records;
    }

    @ApplicationModuleListener
    void on(CaseEvent.CaseReported event) {
        var f = event.facts();
        cases.byId(f.caseId()).ifPresent(kase -> records.link(kase.id(), kase.number(),
                f.classCode() != null ? f.classCode() : kase.classCode(), f.at(), kase.latitude(), kase.longitude()));
    }
}

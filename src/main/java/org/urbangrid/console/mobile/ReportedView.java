package org.urbangrid.console.mobile;

import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseStatus;

/** What the phone learns after sending: the case number, and whether this was a resend of a report already taken. */
record ReportedView(long id, String number, CaseStatus status, String address, String unitGridCode, boolean replayed) {

    static ReportedView of(CaseManagement.Reported reported) {
        var kase = reported.kase();
        return new ReportedView(kase.id(), kase.number(), kase.status(), kase.address(), kase.unitGridCode(),
                reported.replayed());
    }
}

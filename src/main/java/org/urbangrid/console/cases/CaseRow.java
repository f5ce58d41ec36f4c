package org.urbangrid.console.cases;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Light;

/**
 * One queue or search row as the page shows it: names instead of codes, the light and the time left in words.
 *
 * @param what class name and condition code, or empty when the report is not classified yet
 */
record CaseRow(long id, String number, CaseStatus status, String what, String description, String address,
        Light light, String timeLeft, String due, RequestKind pendingRequest, boolean routingFlagged, int urgeCount,
        String department, String reportedAt) {}

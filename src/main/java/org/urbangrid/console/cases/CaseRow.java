package org.urbangrid.console.cases;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Light;

/**
 * One queue or search row as the page shows it: names instead of codes, the light and the time left in words.
 *
 * @param what class name and condition code, or empty when the report is not classified yet
 * @param className the class name alone (类别), or empty
 * @param street the street's name (街道)
 * @param suggestedDepartment the routing suggestion's department name, or empty
 */
record CaseRow(long id, String number, CaseStatus status, String what, String description, String address,
        Light light, String timeLeft, String due, RequestKind pendingRequest, boolean routingFlagged, int urgeCount,
        String department, String reportedAt, CaseSource source, String className, String street,
        String suggestedDepartment) {}

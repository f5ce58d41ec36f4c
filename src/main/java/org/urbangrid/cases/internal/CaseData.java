package org.urbangrid.cases.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.Complexity;
import org.urbangrid.cases.PendingRequest;
import org.urbangrid.deadline.Deadline;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;

/** The case's state as stored; changed only by {@link Case}'s moves. */
public class CaseData {
    Long id;
    String number;
    long version;
    CaseSource source;
    CaseStatus status;
    String conditionCode;
    String classCode;
    TimeLimit handlingLimit;
    String description;
    double latitude;
    double longitude;
    String address;
    String unitGridCode;
    String communityCode;
    String streetCode;
    String componentCode;
    long reporterId;
    String reporterContact;
    Long assignedInspectorId;
    Long suggestedDepartmentId;
    String routingNote;
    Long leadDepartmentId;
    Set<Long> assistingDepartmentIds = new LinkedHashSet<>();
    Stage stage;
    Deadline deadline;
    Instant suspendedAt;
    boolean overdue;
    boolean handledLate;
    PendingRequest pending;
    int reworkCount;
    int returnCount;
    int extensionCount;
    int urgeCount;
    Instant lastUrgedAt;
    CloseKind closeKind;
    Instant reportedAt;
    Instant filedAt;
    Instant dispatchedAt;
    Instant handledAt;
    Instant closedAt;
    Instant updatedAt;
    /** a hotline case's 繁简 (null for other sources) */
    Complexity complexity;
    /** the filing condition's first-step (made safe) limit, null when it has one step */
    TimeLimit safeLimit;
    /** the first-step clock, started with the handling clock */
    Deadline safeDeadline;
    Instant madeSafeAt;
    /** a hotline case's 12345/12319 work-order number, caller name and phone (null for other sources) */
    String ticketNumber;
    String callerName;
    String callerPhone;
    /** until when the reporter may say a closed case is not fixed (set at closing) */
    Instant reopenUntil;
    /** times the reporter said it was not fixed */
    int reopenCount;
    /** when the centre saw the citizen's text and photos (null: not shown publicly yet) */
    Instant publicSeenAt;
    /** the main case of a merged duplicate */
    Long mergedIntoId;

    /** A first-step clock runs and the site is not yet reported made safe. */
    boolean firstStepOpen() {
        return safeDeadline != null && madeSafeAt == null;
    }
}

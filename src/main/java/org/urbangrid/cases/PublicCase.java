package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * 公开案卷: what anyone may read of a case — on the public pages, in feeds, through Open311 and to a hotline. No
 * name, phone, contact, account or work-order number of anyone; the citizen's text and photos only once the
 * centre has seen them ({@link CaseMove#APPROVE_PUBLIC}), without what it hid ({@link CaseMove#HIDE_PUBLIC}).
 *
 * @param description the reporter's words as shown publicly; null until the centre has seen them
 * @param expectedAt when the fix is due: the handling deadline while a department has the case; null before
 *        dispatch and once ended
 * @param answer the lead department's latest answer (处置反馈), once it reported the fix
 * @param beforePhotoIds the report's photos as shown publicly (empty until seen)
 * @param afterPhotoIds the photos of the latest fix reported
 * @param mergedInto the case number this duplicate joined
 * @param departmentId the lead department (Open311's {@code agency_responsible}), once dispatched
 * @param timeline the public-facing moves, oldest first
 * @param reopenUntil until when a citizen may still say the closed case is not fixed ({@link CaseMove#REOPEN},
 *        {@code urbangrid.cases.reopen-within} after closing); null when the case is not closed or the window is over
 */
public record PublicCase(long id, String number, CaseStatus status, PublicStatus publicStatus, CaseSource source,
        String classCode, String conditionCode, String description, String address, double latitude,
        double longitude, String streetCode, String communityCode, String unitGridCode, Long departmentId,
        Instant reportedAt, Instant updatedAt, Instant expectedAt, Instant closedAt, String answer,
        List<String> beforePhotoIds, List<String> afterPhotoIds, String mergedInto, boolean overdue,
        List<PublicUpdate> timeline, Instant reopenUntil) {

    /** Whether "still not fixed" may be said now: closed, and the window after closing still open. */
    public boolean reopenableAt(Instant now) {
        return reopenUntil != null && status == CaseStatus.CLOSED && now.isBefore(reopenUntil);
    }

    /** The photos anyone may see: the report's (once seen) and the fix's. */
    public List<String> photoIds() {
        var all = new java.util.ArrayList<String>(beforePhotoIds);
        all.addAll(afterPhotoIds);
        return all;
    }
}

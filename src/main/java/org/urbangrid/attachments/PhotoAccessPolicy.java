package org.urbangrid.attachments;

import org.urbangrid.organization.StaffPrincipal;

/**
 * Who may see an attached photo: implemented by the module that attaches photos (cases), so attachments never
 * depends on it. A photo not yet attached is seen only by its uploader; once attached, by whoever may see the case.
 */
public interface PhotoAccessPolicy {

    /** The case this attached photo belongs to (found from the move that attached it), or null if there is none. */
    Long caseOf(Photo photo);

    /** Whether the viewer may see the case. */
    boolean maySeeCase(StaffPrincipal viewer, long caseId);
}

package org.urbangrid.assessment.internal;

import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * Who may open the cases behind a figure (rankings themselves are published to all staff): the command centre
 * (leaders, shift leaders, dispatchers, operators, administrators without a street) any subject's; street-level
 * staff the regions of their street; a department's handlers their department's; every person their own.
 */
public final class BehindScope {

    private BehindScope() {}

    public static boolean allows(StaffPrincipal staff, SubjectKind kind, String subjectId) {
        if (kind.isPerson() && String.valueOf(staff.id()).equals(subjectId)) {
            return true;
        }
        return switch (staff.role()) {
            case INSPECTOR, CHANNEL -> false;
            case HANDLER -> kind == SubjectKind.DEPARTMENT && staff.departmentId() != null
                    && String.valueOf(staff.departmentId()).equals(subjectId);
            case LEADER, SHIFT_LEADER, DISPATCHER, OPERATOR, ADMIN -> staff.streetCode() == null
                    || (kind.isRegion() && subjectId != null && subjectId.startsWith(staff.streetCode()));
        };
    }

    /** Whether any subject of the kind is open to the person (else a list of the kind is refused, not empty). */
    public static boolean allowsKind(StaffPrincipal staff, SubjectKind kind) {
        return switch (staff.role()) {
            case INSPECTOR -> kind == SubjectKind.INSPECTOR;
            case CHANNEL -> false;
            case HANDLER -> kind == SubjectKind.DEPARTMENT && staff.departmentId() != null;
            case LEADER, SHIFT_LEADER, DISPATCHER, OPERATOR, ADMIN -> staff.streetCode() == null || kind.isRegion()
                    || kind.name().equals(staff.role().name());
        };
    }

    public static void require(StaffPrincipal staff, SubjectKind kind, String subjectId) {
        if (!allows(staff, kind, subjectId)) {
            throw UrbanGridException.forbidden("error.assessment.behind-scope");
        }
    }
}

package org.urbangrid.assessment.internal;

import java.util.Collection;
import java.util.Set;

import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

/**
 * Who may open the cases behind a figure (rankings themselves are published to all staff): the command centre
 * (leaders, shift leaders, dispatchers, operators, administrators without a street) any subject's; street-level
 * staff the regions of their street; a department's handlers their department's; every person their own — a
 * desk's person by their staff id, a road or river chief or a grid keeper by the duty key the ledger last counted
 * them under with their staff account ({@code ownPlaces}, {@link #placeKey}). A segment's cases (a place, not a
 * person) are the centre's.
 */
public final class BehindScope {

    private BehindScope() {}

    /** The key a viewer's own subject by place is known by in {@code ownPlaces}: {@code CHIEF|chief:12}. */
    public static String placeKey(SubjectKind kind, String subjectId) {
        return kind.name() + "|" + subjectId;
    }

    public static boolean allows(StaffPrincipal staff, SubjectKind kind, String subjectId) {
        return allows(staff, kind, subjectId, Set.of());
    }

    /** @param ownPlaces the {@link #placeKey}s of the chiefs and keepers the viewer answers as */
    public static boolean allows(StaffPrincipal staff, SubjectKind kind, String subjectId,
            Collection<String> ownPlaces) {
        if (kind.isPerson() && String.valueOf(staff.id()).equals(subjectId)) {
            return true;
        }
        if (kind.isByPlace() && subjectId != null && ownPlaces.contains(placeKey(kind, subjectId))) {
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
        return allowsKind(staff, kind, Set.of());
    }

    /** As {@link #allowsKind(StaffPrincipal, SubjectKind)}; a chief or keeper may list their own kind. */
    public static boolean allowsKind(StaffPrincipal staff, SubjectKind kind, Collection<String> ownPlaces) {
        if (kind.isByPlace() && ownPlaces.stream().anyMatch(key -> key.startsWith(kind.name() + "|"))) {
            return true;
        }
        return switch (staff.role()) {
            case INSPECTOR -> kind == SubjectKind.INSPECTOR;
            case CHANNEL -> false;
            case HANDLER -> kind == SubjectKind.DEPARTMENT && staff.departmentId() != null;
            case LEADER, SHIFT_LEADER, DISPATCHER, OPERATOR, ADMIN -> staff.streetCode() == null || kind.isRegion()
                    || kind.name().equals(staff.role().name());
        };
    }

    public static void require(StaffPrincipal staff, SubjectKind kind, String subjectId) {
        require(staff, kind, subjectId, Set.of());
    }

    public static void require(StaffPrincipal staff, SubjectKind kind, String subjectId, Collection<String> ownPlaces) {
        if (!allows(staff, kind, subjectId, ownPlaces)) {
            throw UrbanGridException.forbidden("error.assessment.behind-scope");
        }
    }
}

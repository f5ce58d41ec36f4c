package org.urbangrid.organization;

/**
 * The authenticated person behind a request: who they are, their role and the scope it is limited to.
 * Obtain it with {@link CurrentStaff#get()}.
 */
public record StaffPrincipal(long id, String username, String displayName, Role role, Long departmentId,
        String streetCode) implements org.urbangrid.audit.AuditActor, java.security.Principal {

    /** The username: what Spring Security and the servlet API name the person by (no {@code toString} per request). */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public long auditActorId() {
        return id;
    }

    @Override
    public String auditActorName() {
        return username;
    }

    public boolean is(Role other) {
        return role == other;
    }

    /** Street-level staff see only their street; centre-wide staff see every street. */
    public boolean coversStreet(String street) {
        return streetCode == null || streetCode.equals(street);
    }

    public static StaffPrincipal of(StaffMember member) {
        return new StaffPrincipal(member.id(), member.username(), member.displayName(), member.role(),
                member.departmentId(), member.streetCode());
    }
}

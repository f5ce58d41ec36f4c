package org.urbangrid.organization;

/**
 * A staff account as other modules see it (no password).
 *
 * @param departmentId the department a handler works for (null for centre staff)
 * @param streetCode the 9-digit street a street-level account is limited to, or null for the whole district
 */
public record StaffMember(long id, String username, String displayName, Role role, Long departmentId,
        String streetCode, String phone, boolean active) {}

package org.urbangrid.organization;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.urbangrid.audit.AuditLog;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.internal.AccountStanding;
import org.urbangrid.organization.internal.OrganizationStore;
import org.urbangrid.platform.UrbanGridException;

/** The organization's public face: departments, staff, responsibility areas. */
@Service
public class Organization {

    /** The shortest password a person may choose for themselves. */
    public static final int MIN_PASSWORD = 8;

    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final OrganizationStore store;
    private final PasswordEncoder passwords;
    private final Grids grids;
    private final AuditLog audit;
    private final AccountStanding standing;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Organization(OrganizationStore store, PasswordEncoder passwords, Grids grids, AuditLog audit,
            AccountStanding standing, Clock clock) {
        this.store = store;
        this.passwords = passwords;
        this.grids = grids;
        this.audit = audit;
        this.standing = standing;
        this.clock = clock;
    }

    public List<Department> departments() {
        return store.departments();
    }

    public Optional<Department> department(long id) {
        return store.department(id);
    }

    public Optional<Department> departmentByCode(String code) {
        return store.departmentByCode(code);
    }

    public Department requireDepartment(long id) {
        return department(id).orElseThrow(() -> UrbanGridException.notFound("error.department.not-found", id));
    }

    @Transactional
    public Department createDepartment(NewDepartment department) {
        if (store.departmentByCode(department.code()).isPresent()) {
            throw UrbanGridException.conflict("error.department.code-taken", department.code());
        }
        var created = store.insertDepartment(department);
        audit.record("departments", "create", created.code(), null, created);
        return created;
    }

    public Optional<StaffMember> staff(long id) {
        return store.staff(id);
    }

    public StaffMember requireStaff(long id) {
        return staff(id).orElseThrow(() -> UrbanGridException.notFound("error.staff.not-found", id));
    }

    public Optional<StaffMember> staffByUsername(String username) {
        return store.staffByUsername(username);
    }

    public List<StaffMember> staffWithRole(Role role) {
        return store.staffWithRole(role);
    }

    @Transactional
    public StaffMember createStaff(NewStaff staff) {
        return createStaffWithHash(staff, passwords.encode(staff.password()));
    }

    /** For bulk loads that hash one shared password once. */
    @Transactional
    public StaffMember createStaffWithHash(NewStaff staff, String passwordHash) {
        if (store.staffByUsername(staff.username()).isPresent()) {
            throw UrbanGridException.conflict("error.staff.username-taken", staff.username());
        }
        checkScope(staff.role(), staff.departmentId(), staff.streetCode());
        var created = store.insertStaff(staff, passwordHash);
        audit.record("staff", "create", created.username(), null, created);
        return created;
    }

    /** An administrator's edit: name, role, department, street, phone. A change of scope ends open sessions. */
    @Transactional
    public StaffMember updateStaff(long id, StaffChange change) {
        var before = requireStaff(id);
        if (before.role() == Role.CHANNEL) {
            throw UrbanGridException.invalid("error.staff.channel-role").with("field", "role");
        }
        if (before.role() == Role.INSPECTOR && change.role() != Role.INSPECTOR && !store.areaOf(id).isEmpty()) {
            throw UrbanGridException.invalid("error.staff.inspector-has-area", before.username());
        }
        checkScope(change.role(), change.departmentId(), change.streetCode());
        if (before.role() == Role.ADMIN && change.role() != Role.ADMIN) {
            keepAnAdministrator(before);
        }
        var clean = new StaffChange(change.displayName().strip(), change.role(), change.departmentId(),
                change.streetCode(), change.phone() == null || change.phone().isBlank() ? null : change.phone().strip());
        store.updateStaff(id, clean);
        var after = requireStaff(id);
        if (before.role() != after.role() || !Objects.equals(before.departmentId(), after.departmentId())
                || !Objects.equals(before.streetCode(), after.streetCode())) {
            endAccess(id);
        }
        audit.record("staff", before.role() != after.role() ? "change-role" : "update", after.username(), before, after);
        return after;
    }

    /**
     * Deactivating ends the person's tokens and browser sessions at once; reactivating lets them log in again.
     * Nobody deactivates their own account, and the last active administrator stays (the platform would have
     * nobody left to manage it).
     *
     * @param actorId who asks
     */
    @Transactional
    public StaffMember setActive(long id, boolean active, long actorId) {
        if (!active && id == actorId) {
            throw UrbanGridException.invalid("error.staff.cannot-deactivate-self");
        }
        var before = requireStaff(id);
        if (before.active() == active) {
            return before;
        }
        if (!active && before.role() == Role.ADMIN) {
            keepAnAdministrator(before);
        }
        store.setActive(id, active);
        if (!active) {
            endAccess(id);
        }
        var after = requireStaff(id);
        audit.record("staff", active ? "reactivate" : "deactivate", after.username(), before, after);
        return after;
    }

    /**
     * Refuses (409) to take away the last active administrator. The active administrators' rows are locked for the
     * rest of the transaction, so two administrators demoting each other at once cannot both succeed.
     */
    private void keepAnAdministrator(StaffMember leaving) {
        if (leaving.active() && store.lockActiveAdministrators() <= 1) {
            throw UrbanGridException.conflict("error.staff.last-admin", leaving.username());
        }
    }

    /** Ends every token and browser session of the person (sign out everywhere); the account stays usable. */
    @Transactional
    public void revokeAccess(long id) {
        var member = requireStaff(id);
        endAccess(id);
        audit.record("staff", "revoke-tokens", member.username(), null, null);
    }

    /** Sets a new random password, shown once to the administrator, and ends the person's sessions and tokens. */
    @Transactional
    public String resetPassword(long id) {
        var member = requireStaff(id);
        var password = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
        }
        store.setPasswordHash(id, passwords.encode(password));
        endAccess(id);
        audit.record("staff", "reset-password", member.username(), null, null);
        return password.toString();
    }

    /**
     * A person changes their own password, giving the current one. Their other sessions and all their tokens end;
     * the caller keeps the session they are in ({@link #MIN_PASSWORD} characters at least).
     */
    @Transactional
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        var hash = store.passwordHashOf(id).orElseThrow(() -> UrbanGridException.notFound("error.staff.not-found", id));
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw UrbanGridException.invalid("error.password.current-wrong");
        }
        if (newPassword == null || newPassword.length() < MIN_PASSWORD || newPassword.length() > 100) {
            throw UrbanGridException.invalid("error.password.length", MIN_PASSWORD);
        }
        if (newPassword.equals(currentPassword)) {
            throw UrbanGridException.invalid("error.password.unchanged");
        }
        store.setPasswordHash(id, passwords.encode(newPassword));
        endAccess(id);
    }

    public String hash(String rawPassword) {
        return passwords.encode(rawPassword);
    }

    /**
     * Replaces an inspector's responsibility area (责任区) with the given unit grids. Every code must be an existing
     * unit grid: otherwise 400 listing the unknown codes, and the area stays as it was.
     */
    @Transactional
    public void assignArea(long staffId, Collection<String> unitGridCodes) {
        var member = requireStaff(staffId);
        if (member.role() != Role.INSPECTOR) {
            throw UrbanGridException.invalid("error.staff.area-only-for-inspectors", member.username());
        }
        var unknown = new ArrayList<String>();
        for (var code : new TreeSet<>(unitGridCodes)) {
            if (grids.find(code).filter(g -> g.level() == GridLevel.UNIT).isEmpty()) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            var shown = unknown.size() > 20 ? unknown.subList(0, 20) : unknown;
            throw UrbanGridException.invalid("error.staff.area-unknown-grids", unknown.size(), String.join(", ", shown))
                    .with("unknownCodes", unknown);
        }
        var before = new TreeSet<>(store.areaOf(staffId));
        var after = new TreeSet<>(unitGridCodes);
        store.replaceArea(staffId, Set.copyOf(unitGridCodes));
        audit.record("staff", "assign-area", member.username(), Map.of("unitGridCodes", before),
                Map.of("unitGridCodes", after));
    }

    public Set<String> areaOf(long staffId) {
        return store.areaOf(staffId);
    }

    /** Active inspectors whose responsibility area contains the unit grid. */
    public List<StaffMember> inspectorsCovering(String unitGridCode) {
        return store.inspectorsCovering(unitGridCode);
    }

    public boolean covers(long inspectorId, String unitGridCode) {
        return store.covers(inspectorId, unitGridCode);
    }

    /**
     * 接入渠道账号: the account a channel (the public pages, a hotline system, an Open311 client) acts through. It has
     * a password hash nobody knows and cannot log in ({@link Role#CHANNEL} is refused at every login).
     */
    @Transactional
    public StaffMember createChannelAccount(String username, String displayName) {
        if (store.staffByUsername(username).isPresent()) {
            throw UrbanGridException.conflict("error.staff.username-taken", username);
        }
        var secret = new byte[32];
        random.nextBytes(secret);
        var created = store.insertStaff(new NewStaff(username, displayName, "-", Role.CHANNEL, null, null, null),
                passwords.encode(java.util.HexFormat.of().formatHex(secret)));
        audit.record("staff", "create", created.username(), null, created);
        return created;
    }

    private void checkScope(Role role, Long departmentId, String streetCode) {
        if (role == Role.CHANNEL) {
            throw UrbanGridException.invalid("error.staff.channel-role").with("field", "role");
        }
        if (role == Role.HANDLER && departmentId == null) {
            throw UrbanGridException.invalid("error.staff.handler-needs-department");
        }
        if (departmentId != null) {
            requireDepartment(departmentId);
        }
        requireStreet(streetCode);
    }

    private void requireStreet(String streetCode) {
        if (streetCode != null && grids.find(streetCode).filter(g -> g.level() == GridLevel.STREET).isEmpty()) {
            throw UrbanGridException.invalid("error.staff.street-unknown", streetCode);
        }
    }

    /** Ends the person's tokens and sessions; this node's caches forget them once the change is committed. */
    private void endAccess(long id) {
        store.endAccess(id, clock.instant());
        org.urbangrid.platform.AfterCommit.run(() -> {
            standing.forget(id);
            org.urbangrid.organization.internal.TokenCache.forgetAll();
        });
    }
}

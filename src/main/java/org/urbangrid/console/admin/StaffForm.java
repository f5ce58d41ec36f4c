package org.urbangrid.console.admin;

import java.util.Locale;

import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Role;

/** The new user form as typed; {@link #staff()} checks every field before the account is created. */
record StaffForm(String username, String displayName, String password, String role, String departmentId,
        String streetCode, String phone, String area) {

    NewStaff staff() {
        if (username == null || !username.strip().matches("[A-Za-z0-9_.-]{3,64}")) {
            throw Refusals.invalid("admin.error.username", username);
        }
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
            throw Refusals.invalid("admin.error.display-name");
        }
        if (password == null || password.length() < 6 || password.length() > 100) {
            throw Refusals.invalid("admin.error.password");
        }
        if (phone != null && phone.strip().length() > 32) {
            throw Refusals.invalid("admin.error.phone");
        }
        return new NewStaff(username.strip(), displayName.strip(), password, parsedRole(), department(), street(streetCode),
                blankToNull(phone));
    }

    Role parsedRole() {
        try {
            return Role.valueOf(role == null ? "" : role.strip());
        } catch (IllegalArgumentException e) {
            throw Refusals.invalid("admin.error.role", role);
        }
    }

    private Long department() {
        if (departmentId == null || departmentId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(departmentId.strip());
        } catch (NumberFormatException e) {
            throw Refusals.invalid("admin.error.department");
        }
    }

    static String street(String code) {
        var value = blankToNull(code);
        if (value != null && !value.matches("\\d{9}")) {
            throw Refusals.invalid("admin.error.street-code", code);
        }
        return value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The edit form of one person as typed. */
    record EditForm(String displayName, String role, String departmentId, String streetCode, String phone) {

        org.urbangrid.organization.StaffChange change() {
            if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
                throw Refusals.invalid("admin.error.display-name");
            }
            if (phone != null && phone.strip().length() > 32) {
                throw Refusals.invalid("admin.error.phone");
            }
            var typed = new StaffForm(null, displayName, null, role, departmentId, streetCode, phone, null);
            return new org.urbangrid.organization.StaffChange(displayName.strip(), typed.parsedRole(),
                    typed.department(), street(streetCode), blankToNull(phone));
        }
    }

    /** The new department form as typed. */
    record DepartmentForm(String code, String name, String nameEn, String kind, String streetCode) {

        NewDepartment department() {
            if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,32}")) {
                throw Refusals.invalid("admin.error.department-code", code);
            }
            if (name == null || name.isBlank() || name.strip().length() > 100
                    || (nameEn != null && nameEn.strip().length() > 100)) {
                throw Refusals.invalid("admin.error.department-name");
            }
            DepartmentKind parsed;
            try {
                parsed = DepartmentKind.valueOf(kind == null ? "" : kind.strip());
            } catch (IllegalArgumentException e) {
                throw Refusals.invalid("admin.error.department-kind", kind);
            }
            return new NewDepartment(code.strip().toUpperCase(Locale.ROOT), name.strip(), blankToNull(nameEn), parsed,
                    street(streetCode));
        }
    }
}

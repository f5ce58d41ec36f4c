package org.urbangrid.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.DepartmentKind;
import org.urbangrid.organization.NewDepartment;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;

/** SQL for departments, staff and areas. */
@Repository
public class OrganizationStore {

    private static final String STAFF = "select id, username, display_name, role, department_id, street_code, phone, active from staff ";

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Department> departments() {
        return jdbc.sql("select * from department order by id").query(OrganizationStore::department).list();
    }

    public Optional<Department> department(long id) {
        return jdbc.sql("select * from department where id = ?").param(id).query(OrganizationStore::department).optional();
    }

    public Optional<Department> departmentByCode(String code) {
        return jdbc.sql("select * from department where code = ?").param(code).query(OrganizationStore::department).optional();
    }

    public Department insertDepartment(NewDepartment d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into department (code, name, name_en, kind, street_code) values (?, ?, ?, ?, ?)")
                .params(d.code(), d.name(), d.nameEn(), d.kind().name(), d.streetCode())
                .update(keys, "id");
        return department(keys.getKey().longValue()).orElseThrow();
    }

    public Optional<StaffMember> staff(long id) {
        return jdbc.sql(STAFF + "where id = ?").param(id).query(OrganizationStore::staff).optional();
    }

    public Optional<StaffMember> staffByUsername(String username) {
        return jdbc.sql(STAFF + "where username = ?").param(username).query(OrganizationStore::staff).optional();
    }

    public List<StaffMember> staffWithRole(Role role) {
        return jdbc.sql(STAFF + "where role = ? order by id").param(role.name()).query(OrganizationStore::staff).list();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from staff where username = ? and active").param(username)
                .query(String.class).optional();
    }

    public StaffMember insertStaff(NewStaff s, String hash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into staff (username, display_name, password_hash, role, department_id, street_code, phone)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(s.username(), s.displayName(), hash, s.role().name(), s.departmentId(), s.streetCode(), s.phone())
                .update(keys, "id");
        return staff(keys.getKey().longValue()).orElseThrow();
    }

    public void updateStaff(long id, org.urbangrid.organization.StaffChange c) {
        jdbc.sql("update staff set display_name = ?, role = ?, department_id = ?, street_code = ?, phone = ? where id = ?")
                .params(c.displayName(), c.role().name(), c.departmentId(), c.streetCode(), c.phone(), id).update();
    }

    /** Locks the rows of the active administrators until the transaction ends; returns how many there are. */
    public int lockActiveAdministrators() {
        return jdbc.sql("select id from staff where role = 'ADMIN' and active for update").query(Long.class).list().size();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update staff set active = ? where id = ?").params(active, id).update();
    }

    public void setPasswordHash(long id, String hash) {
        jdbc.sql("update staff set password_hash = ? where id = ?").params(hash, id).update();
    }

    public Optional<String> passwordHashOf(long id) {
        return jdbc.sql("select password_hash from staff where id = ?").param(id).query(String.class).optional();
    }

    /** Sessions and tokens of this person issued before {@code at} stop counting; their tokens are deleted. */
    public void endAccess(long id, java.time.Instant at) {
        jdbc.sql("update staff set credentials_changed_at = ? where id = ?")
                .params(org.urbangrid.platform.SqlTimes.toDb(at), id).update();
        jdbc.sql("delete from api_token where staff_id = ?").param(id).update();
    }

    /** Whether the account is active, and since when its earlier sessions no longer count (null: never changed). */
    public record Standing(boolean active, java.time.Instant credentialsChangedAt) {}

    public Optional<Standing> standing(long id) {
        return jdbc.sql("select active, credentials_changed_at from staff where id = ?").param(id)
                .query((rs, n) -> new Standing(rs.getBoolean("active"),
                        org.urbangrid.platform.SqlTimes.fromDb(rs, "credentials_changed_at")))
                .optional();
    }

    public void replaceArea(long staffId, Set<String> grids) {
        jdbc.sql("delete from responsibility_area where staff_id = ?").param(staffId).update();
        for (var grid : grids) {
            jdbc.sql("insert into responsibility_area (staff_id, unit_grid_code) values (?, ?)").params(staffId, grid).update();
        }
    }

    public Set<String> areaOf(long staffId) {
        return new HashSet<>(jdbc.sql("select unit_grid_code from responsibility_area where staff_id = ?")
                .param(staffId).query(String.class).list());
    }

    public List<StaffMember> inspectorsCovering(String grid) {
        return jdbc.sql("""
                select s.id, s.username, s.display_name, s.role, s.department_id, s.street_code, s.phone, s.active
                from staff s join responsibility_area a on a.staff_id = s.id
                where a.unit_grid_code = ? and s.active and s.role = 'INSPECTOR' order by s.id""")
                .param(grid).query(OrganizationStore::staff).list();
    }

    public boolean covers(long staffId, String grid) {
        return jdbc.sql("select count(*) from responsibility_area where staff_id = ? and unit_grid_code = ?")
                .params(staffId, grid).query(Long.class).single() > 0;
    }

    static Department department(ResultSet rs, int row) throws SQLException {
        return new Department(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                DepartmentKind.valueOf(rs.getString("kind")), rs.getString("street_code"), rs.getBoolean("active"));
    }

    static StaffMember staff(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        return new StaffMember(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.wasNull() ? null : department, rs.getString("street_code"),
                rs.getString("phone"), rs.getBoolean("active"));
    }
}

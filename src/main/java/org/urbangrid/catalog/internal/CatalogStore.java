package org.urbangrid.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.CategoryKind;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;

/** SQL for majors, classes and filing conditions. */
@Repository
class CatalogStore {

    private static final String CLASSES = """
            select c.code, c.kind, c.major_code, m.name as major_name, c.name, c.local, c.active, c.name_en,
                m.name_en as major_name_en
            from catalog_class c join catalog_major m on m.kind = c.kind and m.code = c.major_code
            """;
    private static final String CONDITIONS = """
            select f.*, c.name as class_name, c.name_en as class_name_en, c.kind from filing_condition f
            join catalog_class c on c.code = f.class_code
            """;

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean majorExists(CategoryKind kind, String majorCode) {
        return jdbc.sql("select count(*) from catalog_major where kind = ? and code = ?")
                .params(kind.name(), majorCode).query(Long.class).single() > 0;
    }

    Optional<CatalogClass> findClass(String code) {
        return jdbc.sql(CLASSES + "where c.code = ?").param(code).query(CatalogStore::catalogClass).optional();
    }

    List<CatalogClass> classes(CategoryKind kind, String text) {
        var pattern = text == null ? "%" : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        var byKind = kind == null ? "" : "c.kind = :kind and ";
        var query = jdbc.sql(CLASSES + "where " + byKind + "(lower(c.name) like :pattern or lower(c.code) like :pattern "
                + "or lower(coalesce(c.name_en, '')) like :pattern) "
                + "order by c.code").param("pattern", pattern);
        if (kind != null) {
            query = query.param("kind", kind.name());
        }
        return query.query(CatalogStore::catalogClass).list();
    }

    void insertClass(String code, CategoryKind kind, String majorCode, String name, String nameEn, boolean local) {
        jdbc.sql("insert into catalog_class (code, kind, major_code, name, name_en, local) values (?, ?, ?, ?, ?, ?)")
                .params(code, kind.name(), majorCode, name, nameEn, local).update();
    }

    void updateClass(String code, String name, String nameEn, boolean active) {
        jdbc.sql("update catalog_class set name = ?, name_en = ?, active = ? where code = ?")
                .params(name, nameEn, active, code).update();
    }

    /**
     * Locks the class row until the transaction ends, so administrators adding conditions to one class at once
     * take their numbers one after the other instead of colliding on the same code.
     */
    void lockClass(String classCode) {
        jdbc.sql("select code from catalog_class where code = ? for update").param(classCode).query(String.class).list();
    }

    Optional<FilingCondition> condition(String code) {
        return jdbc.sql(CONDITIONS + "where f.code = ?").param(code).query(CatalogStore::condition).optional();
    }

    List<FilingCondition> conditionsOf(String classCode) {
        return jdbc.sql(CONDITIONS + "where f.class_code = ? order by f.code").param(classCode)
                .query(CatalogStore::condition).list();
    }

    List<FilingCondition> allConditions() {
        return jdbc.sql(CONDITIONS + "order by f.code").query(CatalogStore::condition).list();
    }

    /** The highest two-digit condition number used in a class, 0 when none. */
    int lastConditionNumber(String classCode) {
        return jdbc.sql("select code from filing_condition where class_code = ?").param(classCode)
                .query(String.class).list().stream()
                .mapToInt(code -> Integer.parseInt(code.substring(code.indexOf('-') + 1)))
                .max().orElse(0);
    }

    void insertCondition(String code, String classCode, ConditionSpec spec) {
        jdbc.sql("""
                insert into filing_condition (code, class_code, description, limit_amount, limit_unit,
                    closing_condition, active, safe_limit_amount, safe_limit_unit, name_en)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, classCode, spec.description(), spec.limit().amount(), spec.limit().unit().name(),
                        spec.closingCondition(), spec.active() == null || spec.active(), safeAmount(spec), safeUnit(spec),
                        spec.nameEn())
                .update();
    }

    void updateCondition(String code, ConditionSpec spec, boolean active) {
        jdbc.sql("""
                update filing_condition set description = ?, limit_amount = ?, limit_unit = ?,
                    closing_condition = ?, active = ?, safe_limit_amount = ?, safe_limit_unit = ?, name_en = ?
                    where code = ?""")
                .params(spec.description(), spec.limit().amount(), spec.limit().unit().name(),
                        spec.closingCondition(), active, safeAmount(spec), safeUnit(spec), spec.nameEn(), code)
                .update();
    }

    private static Integer safeAmount(ConditionSpec spec) {
        return spec.safeLimit() == null ? null : spec.safeLimit().amount();
    }

    private static String safeUnit(ConditionSpec spec) {
        return spec.safeLimit() == null ? null : spec.safeLimit().unit().name();
    }

    private static CatalogClass catalogClass(ResultSet rs, int row) throws SQLException {
        return new CatalogClass(rs.getString("code"), CategoryKind.valueOf(rs.getString("kind")),
                rs.getString("major_code"), rs.getString("major_name"), rs.getString("name"),
                rs.getBoolean("local"), rs.getBoolean("active"), rs.getString("name_en"), rs.getString("major_name_en"));
    }

    private static FilingCondition condition(ResultSet rs, int row) throws SQLException {
        return new FilingCondition(rs.getString("code"), rs.getString("class_code"), rs.getString("class_name"),
                CategoryKind.valueOf(rs.getString("kind")), rs.getString("description"),
                new TimeLimit(rs.getInt("limit_amount"), LimitUnit.valueOf(rs.getString("limit_unit"))),
                rs.getString("closing_condition"), rs.getBoolean("active"), safeLimit(rs), rs.getString("name_en"),
                rs.getString("class_name_en"));
    }

    private static TimeLimit safeLimit(ResultSet rs) throws SQLException {
        int amount = rs.getInt("safe_limit_amount");
        return rs.wasNull() ? null : new TimeLimit(amount, LimitUnit.valueOf(rs.getString("safe_limit_unit")));
    }
}

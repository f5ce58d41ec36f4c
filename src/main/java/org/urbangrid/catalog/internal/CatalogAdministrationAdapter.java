package org.urbangrid.catalog.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.urbangrid.catalog.CatalogAdministration;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.ConditionDraft;
import org.urbangrid.catalog.FilingCondition;

/** The catalogue's administration as other modules (the admin console) see it, on top of {@link CatalogService}. */
@Component
class CatalogAdministrationAdapter implements CatalogAdministration {

    private final CatalogService catalog;
    private final ComponentService components;
    private final JdbcClient jdbc;

    CatalogAdministrationAdapter(CatalogService catalog, ComponentService components, JdbcClient jdbc) {
        this.catalog = catalog;
        this.components = components;
        this.jdbc = jdbc;
    }

    @Override
    public CatalogClass createLocalClass(String code, String name, String nameEn, List<ConditionDraft> conditions) {
        return catalog.createLocalClass(code, name, nameEn,
                conditions.stream().map(CatalogAdministrationAdapter::spec).toList());
    }

    @Override
    public CatalogClass updateClass(String code, String name, String nameEn, boolean active) {
        return catalog.updateClass(code, name, nameEn, active);
    }

    @Override
    public FilingCondition addCondition(String classCode, ConditionDraft draft) {
        return catalog.addCondition(classCode, spec(draft));
    }

    @Override
    public FilingCondition updateCondition(String code, ConditionDraft draft) {
        return catalog.updateCondition(code, spec(draft));
    }

    @Override
    public java.util.Map<String, Long> activeConditionCounts() {
        var counts = new java.util.HashMap<String, Long>();
        jdbc.sql("select class_code, count(*) as n from filing_condition where active = true group by class_code")
                .query((rs, row) -> counts.put(rs.getString("class_code"), rs.getLong("n"))).list();
        return counts;
    }

    @Override
    public long conditionCount() {
        return jdbc.sql("select count(*) from filing_condition").query(Long.class).single();
    }

    @Override
    public long componentCount() {
        return components.count(new ComponentQuery(null, null, null, 0, 1));
    }

    private static ConditionSpec spec(ConditionDraft draft) {
        return new ConditionSpec(draft.description(), draft.limit(), draft.closingCondition(), draft.active(),
                draft.safeLimit(), false, draft.nameEn());
    }
}

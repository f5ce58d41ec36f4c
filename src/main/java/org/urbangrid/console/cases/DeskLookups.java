package org.urbangrid.console.cases;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.urbangrid.catalog.CatalogClass;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.organization.Department;
import org.urbangrid.organization.Organization;

/** Names the pages show beside codes and ids, loaded once per page instead of once per row. */
@Component
class DeskLookups {

    private final Organization organization;
    private final Catalog catalog;

    DeskLookups(Organization organization, Catalog catalog) {
        this.organization = organization;
        this.catalog = catalog;
    }

    /** Department names by id, in the request's language. */
    Map<Long, String> departmentNames() {
        var names = new HashMap<Long, String>();
        for (var department : organization.departments()) {
            names.put(department.id(), name(department));
        }
        return names;
    }

    List<Department> activeDepartments() {
        return organization.departments().stream().filter(Department::active).toList();
    }

    String departmentName(Long id) {
        return id == null ? "" : organization.department(id).map(DeskLookups::name).orElse("#" + id);
    }

    static String name(Department department) {
        return department.localName();
    }

    /** Class names by class code (部件/事件小类), in the request's language. */
    Map<String, String> classNames() {
        var names = new HashMap<String, String>();
        for (CatalogClass c : catalog.classes(null, null)) {
            names.put(c.code(), c.localName());
        }
        return names;
    }
}

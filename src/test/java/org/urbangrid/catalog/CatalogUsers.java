package org.urbangrid.catalog;

import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.support.Api;

/** Test accounts for catalogue tests, created once per database with the demo password. */
final class CatalogUsers {

    static final String ADMIN = "catalog-admin";
    static final String OPERATOR = "catalog-operator";

    private CatalogUsers() {}

    static void ensure(Organization organization) {
        create(organization, ADMIN, Role.ADMIN);
        create(organization, OPERATOR, Role.OPERATOR);
    }

    private static synchronized void create(Organization organization, String username, Role role) {
        if (organization.staffByUsername(username).isEmpty()) {
            organization.createStaff(new NewStaff(username, username, Api.DEMO_PASSWORD, role, null, null, null));
        }
    }
}

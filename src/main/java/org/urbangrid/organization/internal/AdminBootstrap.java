package org.urbangrid.organization.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.urbangrid.organization.NewStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;

/**
 * A production database starts with no accounts: create {@code admin} with the password from
 * {@code URBANGRID_ADMIN_PASSWORD}, or a random one printed once to the log. Runs after the demo loader.
 */
@Component
@Order(100)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Organization organization;
    private final Environment environment;

    AdminBootstrap(Organization organization, Environment environment) {
        this.organization = organization;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organization.staffWithRole(Role.ADMIN).isEmpty() || organization.staffByUsername("admin").isPresent()) {
            return;
        }
        var password = environment.getProperty("URBANGRID_ADMIN_PASSWORD");
        boolean generated = password == null || password.isBlank();
        if (generated) {
            var bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        organization.createStaff(new NewStaff("admin", "系统管理员", password, Role.ADMIN, null, null, null));
        log.warn("Created the first administrator account 'admin'{}", generated
                ? " with the one-time password " + password + " (set URBANGRID_ADMIN_PASSWORD to choose it)" : "");
    }
}

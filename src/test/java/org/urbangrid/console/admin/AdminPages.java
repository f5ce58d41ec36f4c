package org.urbangrid.console.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared bits of the admin page tests: the demo admin, other roles, unique local class codes. */
final class AdminPages {

    /** Local component classes C2140…C2199 are tried in turn, skipping those other suites took. */
    private static final AtomicInteger NEXT_CLASS = new AtomicInteger(40);
    private static final AtomicInteger NEXT_NAME = new AtomicInteger(
            (int) (ProcessHandle.current().pid() % 10_000) * 100);

    private AdminPages() {}

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    /** A local class code not yet in the catalogue (other suites take some C21xx codes too). */
    static String freshLocalClass(org.urbangrid.catalog.Catalog catalog) {
        while (true) {
            var code = "C21%02d".formatted(NEXT_CLASS.getAndIncrement());
            if (catalog.findClass(code).isEmpty()) {
                return code;
            }
        }
    }

    /** A name no other test in this JVM uses: usernames, department codes. */
    static String unique(String prefix) {
        return prefix + NEXT_NAME.getAndIncrement();
    }
}

package org.urbangrid.console.admin;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Shared bits of the admin page tests: the demo admin, other roles, unique local class codes. */
final class AdminPages {

    /** Local component classes C2160…C2189 are left to these tests; other suites use E21xx. */
    private static final AtomicInteger NEXT_CLASS = new AtomicInteger(60);
    private static final AtomicInteger NEXT_NAME = new AtomicInteger(
            (int) (ProcessHandle.current().pid() % 10_000) * 100);

    private AdminPages() {}

    static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    static String freshLocalClass() {
        return "C21%02d".formatted(NEXT_CLASS.getAndIncrement());
    }

    /** A name no other test in this JVM uses: usernames, department codes. */
    static String unique(String prefix) {
        return prefix + NEXT_NAME.getAndIncrement();
    }
}

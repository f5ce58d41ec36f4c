package org.urbangrid.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The firewall's header rule is the strict firewall's default rule, only cheaper. */
class HeaderFirewallTest {

    /** Spring Security's default for header names and values (StrictHttpFirewall). */
    private static final Pattern DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void allows_and_refuses_every_code_point_as_the_default_rule_does() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                continue; // not a character on its own
            }
            var text = "ab" + Character.toString(c) + "cd";
            assertThat(SecurityConfiguration.headerText(text)).as("U+%04X", c)
                    .isEqualTo(DEFAULT.matcher(text).matches());
        }
    }

    @Test
    void a_real_bearer_header_passes_and_a_bell_does_not() {
        assertThat(SecurityConfiguration.headerText("Bearer 3f9c2a.Zx-_~+/=")).isTrue();
        assertThat(SecurityConfiguration.headerText("中文 value")).isTrue();
        assertThat(SecurityConfiguration.headerText("Bearer abc\u0007")).isFalse();
        assertThat(SecurityConfiguration.headerText("tab\tinside")).isFalse();
    }
}

package org.urbangrid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.urbangrid.duty.Duty;
import org.urbangrid.support.IntegrationTest;

/**
 * The panel's empty state, rendered by the application's own template engine from the real template (every grid of
 * the demo will have someone once the duty systems are merged, so no page of the demo stays empty to test it on), and
 * the words for every {@link Duty} and group in both languages.
 */
class AnswersPanelEmptyTest extends IntegrationTest {

    @Autowired
    ITemplateEngine templates;

    @Autowired
    MessageSource messages;

    private String render(AnswersPanel.Panel panel, Locale locale) {
        var servlet = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        var context = new WebContext(exchange, locale, Map.of("answers", panel, "lang", locale.getLanguage()));
        return templates.process("mobile/answers", Set.of("panel"), context);
    }

    @Test
    void nobody_recorded_is_said_plainly_with_a_hint_for_the_administrator() {
        var empty = new AnswersPanel.Panel(List.of(), true, "210231001002099", false, null);
        assertThat(render(empty, Locale.SIMPLIFIED_CHINESE)).contains("id=\"answers-empty\"", "此处尚未登记任何责任人。",
                "请系统管理员登记", "data-count=\"0\"").doesNotContain("answerable", "tel:", "urge-chain");
        assertThat(render(empty, Locale.ENGLISH)).contains("Nobody is recorded as answerable for this place.",
                "An administrator records");
    }

    @Test
    void every_duty_and_group_has_its_words_in_chinese_and_english() {
        for (var duty : Duty.values()) {
            assertThat(messages.getMessage("answers.duty." + duty.name(), null, Locale.SIMPLIFIED_CHINESE)).isEqualTo(duty.zh());
            assertThat(messages.getMessage("answers.duty." + duty.name(), null, Locale.ENGLISH)).isEqualTo(duty.en());
        }
        for (var group : AnswersPanel.Group.values()) {
            assertThat(messages.getMessage("answers.group." + group.name(), null, Locale.ENGLISH)).isNotBlank();
        }
    }
}

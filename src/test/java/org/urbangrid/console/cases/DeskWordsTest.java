package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.ClockView;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.platform.PlatformProperties;

/** Time left in words, city times and pager links: pure logic, no Spring context. */
class DeskWordsTest {

    private final DeskTexts texts = new DeskTexts(messages(), new PlatformProperties(null, null));

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("i18n/console_cases");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static ClockView clock(long minutesLeft, boolean suspended) {
        return seconds(minutesLeft * 60, suspended);
    }

    /** A clock as CaseViews makes it: minutes rounded down from the seconds. */
    private static ClockView seconds(long secondsLeft, boolean suspended) {
        return new ClockView(Stage.HANDLE, TimeLimit.workHours(4), Instant.EPOCH, Instant.EPOCH, Light.GREEN, 0.5,
                Math.floorDiv(secondsLeft, 60), secondsLeft, suspended);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void minutes_left_read_as_remaining_time_in_chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(25, false))).isEqualTo("剩余 25 分钟");
        assertThat(texts.timeLeft(clock(150, false))).isEqualTo("剩余 2 小时 30 分钟");
    }

    @Test
    void overdue_reads_as_time_over() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(-120, false))).isEqualTo("超时 2 小时");
        assertThat(texts.timeLeft(clock(-(3 * 24 * 60 + 5 * 60), false))).isEqualTo("超时 3 天 5 小时");
    }

    @Test
    void under_a_minute_either_side_of_the_deadline_reads_differently() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(seconds(59, false))).isEqualTo("剩余 0 分钟");
        assertThat(texts.timeLeft(seconds(-59, false))).isEqualTo("超时 1 分钟");
        assertThat(texts.timeLeft(seconds(-61, false))).isEqualTo("超时 2 分钟");
    }

    @Test
    void a_suspended_clock_says_it_stands_still_and_english_works() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(10, true))).contains("挂账");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.timeLeft(clock(25, false))).isEqualTo("25 min left");
        assertThat(texts.timeLeft(null)).isEmpty();
    }

    @Test
    void times_are_shown_in_city_time() {
        assertThat(texts.time(Instant.parse("2026-11-26T01:05:00Z"))).isEqualTo("2026-11-26 09:05");
        assertThat(texts.time(null)).isEmpty();
    }

    @Test
    void pager_links_keep_the_filters_and_change_the_page() {
        var request = new MockHttpServletRequest("GET", "/console");
        request.setQueryString("status=DISPATCHED&page=1&lang=en");
        request.setParameter("status", "DISPATCHED");
        request.setParameter("page", "1");
        var paging = Paging.of(new CasePage(List.of(), 1, 20, 45), request);
        assertThat(paging.pages()).isEqualTo(3);
        assertThat(paging.previous()).isEqualTo("/console?status=DISPATCHED&page=0");
        assertThat(paging.next()).isEqualTo("/console?status=DISPATCHED&page=2");
    }

    @Test
    void past_the_count_cap_the_pager_says_so_and_reads_on_after_the_cursor() {
        var request = new MockHttpServletRequest("GET", "/console");
        request.setQueryString("status=DISPATCHED");
        request.setParameter("status", "DISPATCHED");
        var paging = Paging.of(new CasePage(List.of(), 0, 20, CasePage.COUNT_CAP, true, "CURSOR1"), request);
        assertThat(paging.totalText()).isEqualTo("1,000+");
        assertThat(paging.previous()).isNull();
        assertThat(paging.next()).isEqualTo("/console?status=DISPATCHED&page=1&after=CURSOR1");
        assertThat(paging.shown()).isTrue();
    }

    @Test
    void a_single_page_has_no_links() {
        var paging = Paging.of(new CasePage(List.of(), 0, 20, 3), new MockHttpServletRequest("GET", "/console"));
        assertThat(paging.pages()).isEqualTo(1);
        assertThat(paging.previous()).isNull();
        assertThat(paging.next()).isNull();
    }
}

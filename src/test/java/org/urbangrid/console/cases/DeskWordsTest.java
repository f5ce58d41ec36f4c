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
import org.urbangrid.console.web.TimeLeftWords;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.ClockView;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.platform.PlatformProperties;

/** Time left in words, city times and pager links: pure logic, no Spring context. */
class DeskWordsTest {

    /** A working day of 8 hours, as the standard calendar has it. */
    private final TimeLeftWords words = new TimeLeftWords(messages(), () -> java.time.Duration.ofHours(8));
    private final DeskTexts texts = new DeskTexts(messages(), new PlatformProperties(null, null), words);

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

    private static ClockView workDays(long secondsLeft) {
        return new ClockView(Stage.HANDLE, TimeLimit.workDays(5), Instant.EPOCH, Instant.EPOCH, Light.GREEN, 0.5,
                Math.floorDiv(secondsLeft, 60), secondsLeft, false);
    }

    @Test
    void minutes_left_read_as_remaining_time_in_chinese() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(30, false))).isEqualTo("剩余 30 分钟");
        assertThat(texts.timeLeft(clock(130, false))).isEqualTo("剩余 2 小时 10 分");
        assertThat(texts.timeLeft(clock(120, false))).isEqualTo("剩余 2 小时");
        assertThat(texts.timeLeft(seconds(30 * 60 + 59, false))).as("rounded down: no minute promised that is not there")
                .isEqualTo("剩余 30 分钟");
    }

    @Test
    void overdue_reads_as_time_over() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(-12, false))).isEqualTo("已超时 12 分钟");
        assertThat(texts.timeLeft(seconds(-(12 * 60 + 59), false))).isEqualTo("已超时 12 分钟");
        assertThat(texts.timeLeft(clock(-120, false))).isEqualTo("已超时 2 小时");
        assertThat(texts.timeLeft(clock(-(3 * 24 * 60 + 5 * 60), false))).isEqualTo("已超时 3 天 5 小时");
        assertThat(texts.timeLeft(clock(-(3 * 24 * 60), false))).isEqualTo("已超时 3 天");
    }

    @Test
    void under_a_minute_either_side_of_the_deadline_is_not_zero() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(seconds(59, false))).isEqualTo("剩余 不到 1 分钟");
        assertThat(texts.timeLeft(seconds(0, false))).isEqualTo("剩余 不到 1 分钟");
        assertThat(texts.timeLeft(seconds(-1, false))).isEqualTo("已超时 不到 1 分钟");
        assertThat(texts.timeLeft(seconds(-59, false))).isEqualTo("已超时 不到 1 分钟");
        assertThat(texts.timeLeft(seconds(60, false))).isEqualTo("剩余 1 分钟");
        assertThat(texts.timeLeft(seconds(-61, false))).isEqualTo("已超时 1 分钟");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.timeLeft(seconds(59, false))).isEqualTo("under 1 min left");
        assertThat(texts.timeLeft(seconds(-59, false))).isEqualTo("under 1 min overdue");
    }

    @Test
    void a_clock_in_work_days_reads_in_work_days_once_a_whole_one_is_left_or_over() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(workDays(3 * 8 * 3600))).isEqualTo("剩余 3 个工作日");
        assertThat(texts.timeLeft(workDays(3 * 8 * 3600 + 2 * 3600 + 59))).isEqualTo("剩余 3 个工作日 2 小时");
        assertThat(texts.timeLeft(workDays(7 * 3600 + 10 * 60))).as("under a working day: hours").isEqualTo("剩余 7 小时 10 分");
        assertThat(texts.timeLeft(workDays(-8 * 3600))).isEqualTo("已超时 1 个工作日");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.timeLeft(workDays(3 * 8 * 3600))).isEqualTo("3 working days left");
        assertThat(texts.timeLeft(workDays(-8 * 3600))).isEqualTo("1 working day overdue");
    }

    @Test
    void a_suspended_clock_says_it_stands_still_and_english_works() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.timeLeft(clock(10, true))).contains("挂账");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(texts.timeLeft(clock(30, false))).isEqualTo("30 min left");
        assertThat(texts.timeLeft(clock(-12, false))).isEqualTo("12 min overdue");
        assertThat(texts.timeLeft(clock(130, false))).isEqualTo("2 h 10 min left");
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

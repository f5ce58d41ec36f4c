package org.urbangrid.console.web;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.ClockView;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.WorkCalendars;

/**
 * 剩余时间: time left (or over) on a case's clock as people say it, in the request's language — "剩余 30 分钟",
 * "剩余 2 小时 10 分", "剩余 3 个工作日", "已超时 12 分钟"; "30 min left", "12 min overdue". The one formatter of
 * every time-left in the console: the queue rows, the case page, the overview, the map list, the phone's 我的上报.
 * In templates:
 * {@code ${@timeLeftWords.of(clock)}}.
 *
 * <p>Rounding: whole minutes are rounded down on both sides of the deadline, so a page never promises a minute
 * that is not there and never calls a case later than it is; under a minute either side reads "不到 1 分钟" (59 s
 * left is not "0 分钟"). A clock counted in work days reads in work days (one is the calendar's working-day
 * length) once a whole one is left or over; otherwise hours and minutes up to 48 h, then days and hours.
 */
@Component("timeLeftWords")
public class TimeLeftWords {

    private final MessageSource messages;
    private final Supplier<Duration> workDay;

    @Autowired
    TimeLeftWords(MessageSource messages, WorkCalendars calendars) {
        this(messages, () -> calendars.current().dayLength());
    }

    /** With a fixed source of the work day's length (tests, tools). */
    public TimeLeftWords(MessageSource messages, Supplier<Duration> workDay) {
        this.messages = messages;
        this.workDay = workDay;
    }

    /** The clock's time left in words; "" without a clock; "已挂账,暂停计时" when it stands still. */
    public String of(ClockView clock) {
        return of(clock, LocaleContextHolder.getLocale());
    }

    /** The same in the given language. */
    public String of(ClockView clock, Locale locale) {
        if (clock == null) {
            return "";
        }
        if (clock.suspended()) {
            return get(locale, "cases.time.suspended");
        }
        return of(clock.secondsLeft(), clock.limit() == null ? null : clock.limit().unit(), locale);
    }

    /** Seconds left (negative when over) on a clock counted in this unit (null: natural time). */
    public String of(long secondsLeft, LimitUnit unit) {
        return of(secondsLeft, unit, LocaleContextHolder.getLocale());
    }

    private String of(long secondsLeft, LimitUnit unit, Locale locale) {
        boolean over = secondsLeft < 0;
        long seconds = Math.abs(secondsLeft);
        String side = over ? "cases.time.over" : "cases.time.left";
        if (seconds < 60) {
            return get(locale, side, get(locale, "cases.time.underMinute"));
        }
        return get(locale, side, span(seconds / 60, unit, locale));
    }

    /** A length of time in the same words, e.g. "2 小时 10 分", "3 天 4 小时"; "不到 1 分钟" under a minute. */
    public String duration(Duration duration) {
        var locale = LocaleContextHolder.getLocale();
        long seconds = Math.abs(duration.toSeconds());
        return seconds < 60 ? get(locale, "cases.time.underMinute") : span(seconds / 60, null, locale);
    }

    private String span(long minutes, LimitUnit unit, Locale locale) {
        long dayMinutes = unit == LimitUnit.WORK_DAYS ? Math.max(1, workDay.get().toMinutes()) : 0;
        if (dayMinutes > 0 && minutes >= dayMinutes) {
            long days = minutes / dayMinutes;
            long hours = (minutes % dayMinutes) / 60;
            return hours == 0 ? get(locale, "cases.time.workDays", days) : get(locale, "cases.time.workDaysHours", days, hours);
        }
        if (minutes < 60) {
            return get(locale, "cases.time.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 ? get(locale, "cases.time.hours", minutes / 60)
                    : get(locale, "cases.time.hoursMinutes", minutes / 60, minutes % 60);
        }
        long hours = (minutes / 60) % 24;
        return hours == 0 ? get(locale, "cases.time.daysOnly", minutes / (24 * 60)) : get(locale, "cases.time.days", minutes / (24 * 60), hours);
    }

    private String get(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

package org.urbangrid.console.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.ClockView;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/** Words for the pages in the request's language: messages, refusals, city times and time left. */
@Component
class DeskTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final PlatformProperties platform;

    DeskTexts(MessageSource messages, PlatformProperties platform) {
        this.messages = messages;
        this.platform = platform;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** A refusal as the person should read it. */
    String refusal(UrbanGridException e) {
        return messages.getMessage(e.messageKey(), e.args(), get("cases.error.generic"), LocaleContextHolder.getLocale());
    }

    /** A moment in city time (Asia/Shanghai), e.g. 2026-11-26 14:05. */
    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(platform.zone()));
    }

    /** "剩余 25 分钟" or "超时 2 小时"; "已挂账" when the clock stands still. */
    String timeLeft(ClockView clock) {
        if (clock == null) {
            return "";
        }
        if (clock.suspended()) {
            return get("cases.time.suspended");
        }
        // Minutes are rounded down: 59 s left reads 0 minutes left, 59 s overdue reads 1 minute over.
        long minutes = clock.minutesLeft();
        return get(clock.secondsLeft() >= 0 ? "cases.time.left" : "cases.time.over", span(Math.abs(minutes)));
    }

    private String span(long minutes) {
        if (minutes < 60) {
            return get("cases.time.minutes", minutes);
        }
        if (minutes < 48 * 60) {
            return minutes % 60 == 0 ? get("cases.time.hours", minutes / 60)
                    : get("cases.time.hoursMinutes", minutes / 60, minutes % 60);
        }
        return get("cases.time.days", minutes / (24 * 60), (minutes / 60) % 24);
    }

    /** A limit as people read it, e.g. "5 工作日" / "3 natural hours". */
    String limit(org.urbangrid.deadline.TimeLimit limit) {
        return limit == null ? "" : limit.amount() + " " + get("cases.unit." + limit.unit().name());
    }
}

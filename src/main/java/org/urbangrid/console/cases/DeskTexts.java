package org.urbangrid.console.cases;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.urbangrid.console.web.TimeLeftWords;
import org.urbangrid.cases.ClockView;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/** Words for the pages in the request's language: messages, refusals, city times and time left. */
@Component
class DeskTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final PlatformProperties platform;
    private final TimeLeftWords timeLeft;

    DeskTexts(MessageSource messages, PlatformProperties platform, TimeLeftWords timeLeft) {
        this.messages = messages;
        this.platform = platform;
        this.timeLeft = timeLeft;
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

    /** Time left in words ({@link TimeLeftWords}, the one formatter of the desk). */
    String timeLeft(ClockView clock) {
        return timeLeft.of(clock);
    }

    /** A limit as people read it, e.g. "5 工作日" / "3 natural hours". */
    String limit(org.urbangrid.deadline.TimeLimit limit) {
        return limit == null ? "" : limit.amount() + " " + get("cases.unit." + limit.unit().name());
    }
}

package org.urbangrid.console.mobile;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.console.web.TimeLeftWords;
import org.urbangrid.deadline.Light;

/**
 * One row of 我的上报: a case the inspector reported, where it stands and how much time its current stage has left.
 *
 * @param timeLeft in words ("剩余 30 分钟"); empty once the case has ended or has no clock
 */
public record MyReport(long id, String number, CaseStatus status, String className, String address,
        String description, String reportedAt, String timeLeft, Light light, boolean overdue) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    static MyReport of(CaseSummary c, Map<String, String> classNames, TimeLeftWords words, ZoneId zone, Locale locale) {
        var clock = c.status().isOpen() ? c.clock() : null;
        return new MyReport(c.id(), c.number(), c.status(), MobileCatalog.nameOf(c.classCode(), classNames), c.address(),
                c.description(), WHEN.format(c.reportedAt().atZone(zone)), words.of(clock, locale),
                clock == null ? null : clock.light(), clock != null && clock.minutesLeft() < 0);
    }
}

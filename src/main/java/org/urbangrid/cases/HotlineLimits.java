package org.urbangrid.cases;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.urbangrid.deadline.Deadlines;
import org.urbangrid.deadline.LimitBounds;
import org.urbangrid.deadline.TimeLimit;

/**
 * 热线办理时限: the citizen-service limits of 12345/12319 cases, the city's promise to the caller (DOMAIN §5):
 * simple matters within 5 working days, complex ones within 15. Set in one place,
 * {@code urbangrid.cases.hotline-limits.simple|complex.amount|unit}; a limit outside {@link LimitBounds} stops
 * the start.
 *
 * <p>A hotline case's handling limit is the stricter of this limit and its filing condition's (the one whose due
 * time, counted from the same moment, comes first): a missing manhole cover keeps its 6 hours, a matter whose
 * condition allows 20 work days gets the 5 or 15 promised to the citizen, so the handling deadline never
 * exceeds the promise.
 */
@ConfigurationProperties("urbangrid.cases.hotline-limits")
public record HotlineLimits(TimeLimit simple, TimeLimit complex) {

    public HotlineLimits {
        simple = simple == null ? TimeLimit.workDays(5) : simple;
        complex = complex == null ? TimeLimit.workDays(15) : complex;
        LimitBounds.require("urbangrid.cases.hotline-limits.simple", simple);
        LimitBounds.require("urbangrid.cases.hotline-limits.complex", complex);
    }

    public static boolean hotline(CaseSource source) {
        return source == CaseSource.HOTLINE_12345 || source == CaseSource.HOTLINE_12319;
    }

    /** The promised limit of this complexity. */
    public TimeLimit of(Complexity complexity) {
        return complexity == Complexity.COMPLEX ? complex : simple;
    }

    /**
     * The handling limit of a case: the condition's for other sources; for a hotline case the stricter of the
     * condition's and the promised one (the promised one alone while the case has no condition).
     */
    public TimeLimit handlingLimit(CaseSource source, Complexity complexity, TimeLimit condition, Instant at,
            Deadlines deadlines) {
        if (!hotline(source)) {
            return condition;
        }
        var promised = of(complexity);
        if (condition == null) {
            return promised;
        }
        boolean promiseFirst = deadlines.start(at, promised).due().isBefore(deadlines.start(at, condition).due());
        return promiseFirst ? promised : condition;
    }
}

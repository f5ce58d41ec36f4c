package org.urbangrid.citizens.internal;

import java.time.Instant;

/**
 * One tracking code (查询码) and what it holds: the case it follows, whether the citizen reported it or follows it
 * instead of reporting it again, and what they did with it. {@code phone} is personal data: never shown on a page.
 */
public record CitizenReport(long id, String trackingCode, long caseId, Kind kind, String deviceId, boolean anonymous,
        String phone, String lang, Instant createdAt, Integer ratedStars, String ratingComment, Instant ratedAt,
        Instant reopenedAt) {

    public enum Kind {
        /** 本人报告 */
        REPORT,
        /** 关注 (a case reported by someone else) */
        FOLLOW
    }

    public boolean rated() {
        return ratedStars != null;
    }

    public boolean smsOn() {
        return phone != null;
    }
}

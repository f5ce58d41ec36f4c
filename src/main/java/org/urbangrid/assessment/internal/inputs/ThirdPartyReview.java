package org.urbangrid.assessment.internal.inputs;

import java.time.Instant;

import org.urbangrid.assessment.SubjectKind;

/**
 * 第三方评议: an outside reviewer's score of a unit for one half year (seed 001: "每半年组织开展城市管理第三方评议活动").
 *
 * @param half 1 = January–June (上半年), 2 = July–December (下半年)
 */
public record ThirdPartyReview(long id, SubjectKind subjectKind, String subjectId, int year, int half, double score,
        String reviewer, String note, long recordedBy, Instant recordedAt) {

    /** What an administrator or leader records; the same unit and half again replaces the earlier result. */
    public record Draft(String subjectKind, String subjectId, Integer year, Integer half, Double score,
            String reviewer, String note) {}
}

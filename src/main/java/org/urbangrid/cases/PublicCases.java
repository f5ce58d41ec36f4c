package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 公开查询: cases as anyone may read them ({@link PublicCase}), for the public pages, feeds, Open311 and hotline
 * systems. Nothing here checks a person: what it returns is public by construction.
 */
public interface PublicCases {

    Optional<PublicCase> byNumber(String number);

    Optional<PublicCase> byId(long id);

    /** Newest first, by the query's criteria; each case with its timeline. */
    List<PublicCase> search(PublicQuery query);

    /**
     * The public-facing moves after the cursor (null: from the beginning), oldest first, at most {@code limit}.
     * Only moves older than a few seconds are served, so a move whose transaction commits late is not skipped by a
     * reader that already read past its time.
     *
     * @param reportedThrough only cases reported through this account (a channel's); null: every case
     */
    List<PublicUpdate> updatesSince(String cursor, int limit, Long reportedThrough);

    /** The public-facing moves at or after an instant (Open311's {@code servicerequestupdates}), oldest first. */
    List<PublicUpdate> updatesAfter(Instant since, int limit);

    /**
     * 疑似重复: open cases of the class within the duplicate radius of the position, reported within the window
     * before {@code at} (both from {@code urbangrid.cases.duplicates.*}, per class where configured), nearest first.
     *
     * @param exceptId a case to leave out (the report itself); null for none
     */
    List<NearbyCase> nearbyOpen(String classCode, double latitude, double longitude, Instant at, Long exceptId);

    /**
     * 合并到此案的重复案件: the ids of the cases merged into this one ({@link CaseStatus#MERGED}, whose main case it
     * is), oldest first; their reporters follow this case.
     */
    List<Long> duplicatesOf(long mainCaseId);

    /** The case number a photo is shown publicly with, if it is (a seen report's or a fix's, not hidden). */
    Optional<String> publicPhoto(String photoId);
}

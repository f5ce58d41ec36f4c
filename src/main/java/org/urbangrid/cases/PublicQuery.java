package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A search of public cases, newest first. Every criterion left null (or empty) does not narrow.
 *
 * @param numbers these case numbers only (the other criteria still apply to them unless the caller drops them)
 * @param open true: still open; false: ended
 * @param reportedThrough the account the cases were reported through (a channel's)
 * @param beforeId keyset: cases with a smaller id than this one (the next page of a newest-first list)
 * @param offset rows to skip (Open311's {@code page}); at most {@link #MAX_OFFSET}
 * @param limit at most {@link #MAX_LIMIT}
 * @param statuses these states only (e.g. {@link CaseStatus#CLOSED} for 已办结, or every state but
 *        {@link CaseStatus#MERGED}); empty: any
 */
public record PublicQuery(List<String> numbers, Set<String> classCodes, Instant reportedFrom, Instant reportedTo,
        Boolean open, String streetCode, String communityCode, Boolean overdue, Long reportedThrough, Long beforeId,
        int offset, int limit, Set<CaseStatus> statuses) {

    public static final int MAX_LIMIT = 1000;
    public static final int MAX_OFFSET = 10_000;

    public PublicQuery {
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        classCodes = classCodes == null ? Set.of() : Set.copyOf(classCodes);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit 1.." + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset 0.." + MAX_OFFSET);
        }
    }

    /** A search in any state. */
    public PublicQuery(List<String> numbers, Set<String> classCodes, Instant reportedFrom, Instant reportedTo,
            Boolean open, String streetCode, String communityCode, Boolean overdue, Long reportedThrough, Long beforeId,
            int offset, int limit) {
        this(numbers, classCodes, reportedFrom, reportedTo, open, streetCode, communityCode, overdue, reportedThrough,
                beforeId, offset, limit, null);
    }

    /** The same search in these states only. */
    public PublicQuery inStates(Set<CaseStatus> states) {
        return new PublicQuery(numbers, classCodes, reportedFrom, reportedTo, open, streetCode, communityCode, overdue,
                reportedThrough, beforeId, offset, limit, states);
    }

    /** The newest {@code limit} cases. */
    public static PublicQuery newest(int limit) {
        return new PublicQuery(null, null, null, null, null, null, null, null, null, null, 0, limit);
    }
}

package org.urbangrid.cases;

import java.util.List;

/**
 * One page of cases. {@code total} is exact up to {@link #COUNT_CAP}; past it {@code totalCapped} is true and the
 * list shows "1,000+". {@code next} is the cursor of the following page (pass it back as {@code after}), or null
 * on the last page.
 */
public record CasePage(List<CaseSummary> items, int page, int size, long total, boolean totalCapped, String next) {

    /** Counting stops here: a queue or a search never counts every row of a large table. */
    public static final int COUNT_CAP = 1_000;

    /** A page of a list that was counted exactly and has no cursor. */
    public CasePage(List<CaseSummary> items, int page, int size, long total) {
        this(items, page, size, total, false, null);
    }
}

package org.urbangrid.chiefs;

import java.util.List;

/**
 * An import's outcome: all features stored, or none with one line per bad feature (its index from 0 and why).
 */
public record SegmentImportResult(int imported, List<Problem> problems) {

    /** One bad feature: its index, its code when it has one, the message key of the reason and a detail (the reader's words, a duplicate code). */
    public record Problem(int index, String code, String reason, String detail) {}

    public boolean ok() {
        return problems.isEmpty();
    }
}

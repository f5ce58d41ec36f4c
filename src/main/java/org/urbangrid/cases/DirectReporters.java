package org.urbangrid.cases;

/**
 * 直报 (SPI): who may report a problem straight to the command centre as {@link CaseSource#CHIEF} — a road or river
 * chief (路长/河长) at a place on their segments. Implemented by the {@code chiefs} module; the cases module asks it
 * when a report with that source comes in, and refuses (403) when no bean says yes.
 */
public interface DirectReporters {

    /** Whether the staff member is a chief of a segment the position belongs to, today. */
    boolean reportsDirectlyAt(long staffId, double latitude, double longitude);
}

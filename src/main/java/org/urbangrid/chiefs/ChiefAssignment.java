package org.urbangrid.chiefs;

import java.time.LocalDate;

/**
 * 路长/河长任命: a staff member is a chief of a segment at a level from {@code since} to {@code until} (null: open),
 * with the responsibility letter (责任书) signed on {@code letterSignedOn}, running to {@code letterEndsOn}.
 */
public record ChiefAssignment(long id, long segmentId, long staffId, String staffName, ChiefLevel level,
        LocalDate since, LocalDate until, LocalDate letterSignedOn, LocalDate letterEndsOn) {

    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }
}

package org.urbangrid.frontage;

import java.time.LocalDate;
import java.util.Set;

/**
 * 《"门前三包"责任书》: the contract a unit signed, from {@code signedOn} to {@code endsOn} (inclusive), with the seed 003
 * §三 standards it lists and, when scanned, the scan (a photo of the attachments module).
 */
public record Contract(long id, long unitId, LocalDate signedOn, LocalDate endsOn, String scanPhotoId,
        Set<Standard> standards) {

    public boolean expiredOn(LocalDate day) {
        return endsOn.isBefore(day);
    }

    /** Expired, or ending within {@code days} of the day. */
    public boolean dueForRenewal(LocalDate day, int days) {
        return !endsOn.isAfter(day.plusDays(days));
    }
}

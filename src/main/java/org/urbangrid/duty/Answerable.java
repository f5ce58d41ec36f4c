package org.urbangrid.duty;

import java.time.LocalDate;

/**
 * 责任主体: one person or unit answerable for a place, as the staff side shows it. Personal data (the phone) is
 * for staff pages only: nothing public is built from this record.
 *
 * @param key a stable id of this person or unit within its duty system, unique across systems by its prefix
 *        ({@code chief:12}, {@code keeper:7}, {@code unit:31}): the assessment ranks by it, urges are addressed to it
 * @param duty what they answer for
 * @param placeKind what the place is, as a key: {@code FRONTAGE}, {@code ROAD}, {@code RIVER}, {@code ZONE},
 *        {@code UNIT_GRID}, {@code COMMUNITY}, {@code STREET}
 * @param placeId the place's id or code within its kind
 * @param placeName the place's name (a shop's frontage, 黄浦路 (软件园路—七贤路), 网区 3 …)
 * @param name the person's or unit's name
 * @param staffId the staff account of the person, when they have one (chiefs do; a community police officer may not)
 * @param organisation the unit or department they belong to, or null
 * @param departmentId the department concerned (a frontage's supervising department, a chief's department), or null
 * @param phone a contact phone, staff-side only, or null
 * @param letterSignedOn the day their responsibility letter (责任书) was signed, or null when none is recorded
 * @param letterEndsOn the last day it runs, or null when open-ended or unrecorded
 * @param link a console path to the place's record, or null
 */
public record Answerable(String key, Duty duty, String placeKind, String placeId, String placeName, String name, Long staffId,
        String organisation, Long departmentId, String phone, LocalDate letterSignedOn, LocalDate letterEndsOn,
        String link) {

    /** Whether a recorded letter has run out on the given day. */
    public boolean letterExpired(LocalDate today) {
        return letterEndsOn != null && letterEndsOn.isBefore(today);
    }
}

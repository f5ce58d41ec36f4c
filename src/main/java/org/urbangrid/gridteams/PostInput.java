package org.urbangrid.gridteams;

import java.time.LocalDate;

import org.urbangrid.duty.Duty;

/**
 * A person to put in a post: who (found again by name and phone, or name and organisation, else recorded anew),
 * where, in which duty and from when. A post of the same place and duty still open on {@code since} ends the day
 * before.
 *
 * @param username the person's staff account, or null
 * @param until the last day, or null for open-ended
 */
public record PostInput(String placeCode, Duty duty, String name, String phone, String organisation, String username,
        LocalDate since, LocalDate until, LocalDate letterSignedOn, LocalDate letterEndsOn) {}

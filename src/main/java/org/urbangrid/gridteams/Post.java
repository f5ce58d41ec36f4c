package org.urbangrid.gridteams;

import java.time.LocalDate;

import org.urbangrid.duty.Duty;

/**
 * 岗位: a person in one duty at one place from {@code since} to {@code until} (inclusive; null: open-ended). The place
 * is a unit grid for the keeper (网格责任人), the four of the 四位一体 team and 社区包楼院 (the 楼院 is the unit grid); a
 * community for 街道包社区; a street for 区包街道.
 *
 * @param letterSignedOn the day the responsibility letter (责任书) was signed, or null
 * @param letterEndsOn the letter's last day, or null
 * @param letterScanId the letter's scanned image in the photo store, or null
 */
public record Post(long id, String placeCode, Duty duty, Person person, LocalDate since, LocalDate until,
        LocalDate letterSignedOn, LocalDate letterEndsOn, String letterScanId) {

    /** Whether the post holds on the day. */
    public boolean activeOn(LocalDate day) {
        return !since.isAfter(day) && (until == null || !until.isBefore(day));
    }

    /** The key this post answers by in {@link org.urbangrid.duty.WhoAnswers}: the person's, per kind of duty. */
    public String key() {
        return GridTeams.keyOf(duty, person.id());
    }
}

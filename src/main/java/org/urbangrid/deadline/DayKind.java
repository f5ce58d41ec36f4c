package org.urbangrid.deadline;

/** What a special day (特殊日) of the calendar does to the usual week. */
public enum DayKind {
    /** 法定节假日: off, even on a weekday. */
    HOLIDAY,
    /** 调休上班: a swapped working day, worked even on a weekend. */
    WORKDAY
}

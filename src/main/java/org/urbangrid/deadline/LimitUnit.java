package org.urbangrid.deadline;

/** How a time limit is counted. */
public enum LimitUnit {
    /** 自然分钟: round the clock (24×7 emergencies). */
    NATURAL_MINUTES,
    /** 自然小时 */
    NATURAL_HOURS,
    /** 工作分钟: only within working hours of working days. */
    WORK_MINUTES,
    /** 工作时 */
    WORK_HOURS,
    /** 工作日: one working day is the length of that day's working hours. */
    WORK_DAYS
}

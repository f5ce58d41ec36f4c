package org.urbangrid.deadline;

import java.time.LocalDate;

/** 特殊日: a public holiday or a swapped working day that overrides the usual week. */
public record SpecialDay(LocalDate date, DayKind kind, String name) {

    public SpecialDay {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("a special day needs a date and a kind");
        }
    }
}

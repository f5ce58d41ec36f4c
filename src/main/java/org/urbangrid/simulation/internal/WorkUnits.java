package org.urbangrid.simulation.internal;

import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.WorkCalendar;

final class WorkUnits {

    private WorkUnits() {}

    static boolean natural(LimitUnit unit) {
        return !WorkCalendar.isWork(unit);
    }
}

package org.urbangrid.console.mobile;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseView;
import org.urbangrid.deadline.Light;

/**
 * 任务卡片: one verify or check task as the phone list shows it, with the position the page measures the
 * inspector's distance from.
 *
 * @param work {@code VERIFY} (核实) or {@code CHECK} (核查)
 * @param minutesLeft in the limit's own time; negative when overdue
 */
public record TaskCard(long id, String number, String work, Light light, long minutesLeft, String address, String className,
        String description, double latitude, double longitude) {

    static TaskCard of(CaseView kase, String className) {
        var clock = kase.clock();
        var work = kase.yourMoves().contains(CaseMove.CHECK_PASS) || kase.status().name().equals("CHECKING")
                ? "CHECK" : "VERIFY";
        return new TaskCard(kase.id(), kase.number(), work, clock == null ? Light.GREEN : clock.light(),
                clock == null ? 0 : clock.minutesLeft(), kase.address(), className, kase.description(),
                kase.latitude(), kase.longitude());
    }

    public boolean overdue() {
        return minutesLeft < 0;
    }

    public long hours() {
        return Math.abs(minutesLeft) / 60;
    }

    public long minutes() {
        return Math.abs(minutesLeft) % 60;
    }
}

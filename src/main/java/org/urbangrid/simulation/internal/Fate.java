package org.urbangrid.simulation.internal;

import java.util.Random;

/**
 * What will happen to one case, drawn when it is reported, always in the same order from the case's own random
 * source, so a case's course does not depend on how the others interleave. Shares as DOMAIN §6's real volumes
 * suggest, a little more eventful so a month shows every kind of move.
 */
final class Fate {

    final boolean duplicate;          // 重复上报: the operator asks to cancel it at once
    final boolean duplicateKept;      // ... and the shift leader refuses (it was not a duplicate)
    final boolean untrue;             // 核实不属实
    final boolean notFiled;           // 不予立案
    final boolean wrongDepartment;    // 派错部门 → 回退
    final boolean returnRefused;
    final boolean assisted;           // 联动: an assisting department
    final boolean extension;          // 延期
    final boolean extensionRefused;
    final boolean suspension;         // 挂账
    final boolean suspensionRefused;
    final boolean resumes;
    final boolean cancelledWhileHandled; // 作废 asked by the dispatcher while a department has it
    final boolean cancelRefused;
    final int reworks;                // 返工
    final boolean handledLate;
    final boolean urged;              // 督办 when late
    final boolean transferredBack;    // 退回热线: a hotline case not the city's to file goes back instead of being refused
    final boolean notFixed;           // 市民反映未解决: the caller says a closed case is not fixed
    private final double k;

    /** @param channels the source of what citizens and hotlines do, apart so the rest is drawn as before */
    Fate(Random r, Random channels, double incidents) {
        this.k = incidents;
        duplicate = r.nextDouble() < share(0.012);
        duplicateKept = r.nextDouble() < 0.3;
        untrue = r.nextDouble() < 0.15;
        notFiled = r.nextDouble() < share(0.035);
        wrongDepartment = r.nextDouble() < share(0.07);
        returnRefused = r.nextDouble() < 0.15;
        assisted = r.nextDouble() < share(0.05);
        extension = r.nextDouble() < share(0.06);
        extensionRefused = r.nextDouble() < 0.2;
        suspension = r.nextDouble() < share(0.025);
        suspensionRefused = r.nextDouble() < 0.2;
        resumes = r.nextDouble() < 0.7;
        cancelledWhileHandled = r.nextDouble() < share(0.012);
        cancelRefused = r.nextDouble() < 0.3;
        double rework = r.nextDouble();
        reworks = rework < share(0.015) ? 2 : rework < share(0.09) ? 1 : 0;
        handledLate = r.nextDouble() < 0.14;
        urged = r.nextDouble() < 0.6;
        transferredBack = notFiled && !untrue && channels.nextDouble() < 0.6; // real, but not the city's
        notFixed = channels.nextDouble() < share(0.02);
    }

    /** A share of incidents, raised by the plan's factor (to at most 35 %). */
    private double share(double realistic) {
        return Math.min(realistic * k, 0.35);
    }
}

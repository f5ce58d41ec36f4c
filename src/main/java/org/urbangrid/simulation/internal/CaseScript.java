package org.urbangrid.simulation.internal;

import static org.urbangrid.cases.CaseMove.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.NewReport;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;

/**
 * One case's course: its report, then after every move the next one, chosen from where the case stands (as the
 * domain shows it) and from its {@link Fate}. Every choice comes from the case's own random source.
 */
final class CaseScript {

    final int index;
    final Random random;
    final Fate fate;
    final CaseSource source;
    final boolean onTheSpot;
    final String unitGrid;
    final double latitude;
    final double longitude;
    final FilingCondition condition;
    final boolean classified;
    final StaffPrincipal reporter;
    final Instant reportAt;
    Long caseId;
    CaseView view;
    private final DepartmentCourse department = new DepartmentCourse(this);
    private boolean duplicateAsked;
    private boolean notFixedSaid;

    CaseScript(int index, Random random, Random channels, double incidents, Scene scene) {
        this.index = index;
        this.random = random;
        this.fate = new Fate(random, channels, incidents);
        double s = random.nextDouble();
        source = s < 0.92 ? CaseSource.INSPECTOR : s < 0.96 ? CaseSource.HOTLINE_12345
                : s < 0.975 ? CaseSource.HOTLINE_12319 : s < 0.995 ? CaseSource.PUBLIC : CaseSource.LEADER;
        onTheSpot = source == CaseSource.INSPECTOR && random.nextDouble() < 0.06;
        unitGrid = scene.grid(random);
        var point = scene.pointIn(unitGrid, random);
        latitude = point[0];
        longitude = point[1];
        condition = scene.condition(random);
        classified = source == CaseSource.INSPECTOR || random.nextDouble() < 0.7;
        reporter = switch (source) {
            case INSPECTOR -> scene.cast.inspectorOf(unitGrid, random);
            case LEADER -> scene.cast.pick(Role.LEADER, null, random);
            default -> scene.cast.pick(Role.OPERATOR, null, random);
        };
        reportAt = source == CaseSource.INSPECTOR ? scene.workTime(random) : scene.anyTime(random);
    }

    Step reportStep() {
        int photos = source == CaseSource.INSPECTOR ? 1 + random.nextInt(2) : 0;
        return new Step(reportAt, this, reporter, onTheSpot ? HANDLE_ON_SPOT : REPORT, photos, null, false);
    }

    NewReport report(List<String> photos) {
        var text = "[模拟] " + condition.className() + ":" + condition.description();
        return new NewReport(source, latitude, longitude, classified ? condition.code() : null,
                text.length() > 1000 ? text.substring(0, 1000) : text, photos, null,
                source == CaseSource.INSPECTOR || source == CaseSource.LEADER ? null : "1390000" + (1000 + index % 9000));
    }

    /** The next moves after the case came to stand as {@code view} at {@code now}: none once it has ended. */
    List<Step> next(CaseView view, Instant now, Scene scene) {
        this.view = view;
        var steps = new ArrayList<Step>();
        var clock = view.clock();
        var street = view.streetCode();
        var pending = view.pendingRequest() == null ? null : view.pendingRequest().kind();
        var t = scene.timing;
        switch (view.status()) {
            case REPORTED -> {
                if (pending == RequestKind.CANCEL) {
                    steps.add(decideCancel(now, scene, street));
                } else if (fate.transferredBack && org.urbangrid.cases.HotlineLimits.hotline(view.source())) {
                    steps.add(step(t.on(clock, now, false, 0.1, 0.8, random), scene.cast.pick(Role.OPERATOR, street, random),
                            TRANSFER_BACK, 0, ids -> Step.command("不属于城市管理职责,退回热线转交相关单位", ids)));
                } else if (fate.duplicate && !duplicateAsked) {
                    duplicateAsked = true;
                    steps.add(step(t.on(clock, now, false, 0.1, 0.8, random), scene.cast.pick(Role.OPERATOR, street, random),
                            REQUEST_CANCEL, 0, ids -> Step.command("与已上报案件重复", ids)));
                } else if (view.source() == CaseSource.INSPECTOR) {
                    steps.add(step(t.on(clock, now, late(0.04), 0.1, 0.9, random), scene.cast.pick(Role.OPERATOR, street, random),
                            ACCEPT, 0, ids -> Step.command(null, ids)));
                } else {
                    var inspector = scene.cast.inspectorOf(view.unitGridCode(), random);
                    steps.add(step(t.on(clock, now, late(0.04), 0.1, 0.9, random), scene.cast.pick(Role.OPERATOR, street, random),
                            SEND_TO_VERIFY, 0, ids -> new MoveCommand(null, "请现场核实", null, null, null, inspector.id(),
                                    null, null, null, null)));
                }
            }
            case VERIFYING -> {
                var inspector = scene.cast.staff(view.assignedInspectorId());
                var at = t.on(clock, now, late(0.06), 0.2, 0.95, random);
                steps.add(fate.untrue
                        ? step(at, inspector, VERIFY_FALSE, 1, ids -> Step.command("现场未发现所述问题", ids))
                        : step(at, inspector, VERIFY_TRUE, 1, ids -> Step.command("情况属实", ids)));
            }
            case PENDING_FILING -> {
                var leader = scene.cast.pick(Role.SHIFT_LEADER, street, random);
                var at = t.on(clock, now, late(0.04), 0.1, 0.9, random);
                steps.add(fate.notFiled
                        ? step(at, leader, REFUSE, 0, ids -> Step.command("不属于城市管理范围", ids))
                        : step(at, leader, FILE, 0, ids -> new MoveCommand(null, null, null, null, null, null,
                                view.conditionCode() == null ? condition.code() : null, null, null, null)));
            }
            case PENDING_DISPATCH -> steps.add(dispatch(view, now, scene, street));
            case DISPATCHED -> department.next(view, now, scene, street, pending, steps);
            case SUSPENDED -> {
                if (fate.resumes) {
                    var at = scene.timing.workLater(now, 4 * 60, 5 * 8 * 60, random);
                    steps.add(step(at, scene.cast.pick(Role.DISPATCHER, street, random), RESUME, 0,
                            ids -> Step.command("条件具备,恢复处置", ids)));
                }
            }
            case HANDLED -> {
                var inspector = scene.cast.inspectorOf(view.unitGridCode(), random);
                steps.add(step(t.on(clock, now, late(0.04), 0.1, 0.9, random), scene.cast.pick(Role.OPERATOR, street, random),
                        SEND_TO_CHECK, 0, ids -> new MoveCommand(null, "请现场核查", null, null, null, inspector.id(),
                                null, null, null, null)));
            }
            case CHECKING -> {
                var inspector = scene.cast.staff(view.assignedInspectorId());
                var at = t.on(clock, now, late(0.06), 0.2, 0.95, random);
                steps.add(view.reworkCount() < fate.reworks
                        ? step(at, inspector, CHECK_FAIL, 1, ids -> Step.command("处置不到位,需返工", ids))
                        : step(at, inspector, CHECK_PASS, 1, ids -> Step.command("已处置到位", ids)));
            }
            case PENDING_CLOSE -> steps.add(step(t.on(clock, now, late(0.03), 0.1, 0.9, random),
                    scene.cast.pick(Role.SHIFT_LEADER, street, random), CLOSE, 0, ids -> Step.command(null, ids)));
            case CLOSED -> {
                // The caller rings back within the week: still not fixed; the operator sends it back for a check.
                if (fate.notFixed && !notFixedSaid && view.source() != CaseSource.INSPECTOR) {
                    notFixedSaid = true;
                    // hotlines answer day and night; well inside the week a citizen has to say so
                    var at = now.plus(java.time.Duration.ofMinutes(6 * 60 + random.nextInt(72 * 60)));
                    steps.add(step(at, scene.cast.pick(Role.OPERATOR, street, random), REOPEN, 0,
                            ids -> Step.command("市民来电反映问题仍未解决", ids)));
                }
            }
            default -> { } // ended
        }
        return steps;
    }

    private Step dispatch(CaseView view, Instant now, Scene scene, String street) {
        var suggested = view.suggestedDepartmentId();
        Long lead;
        if (suggested != null && scene.cast.handlerOf(suggested, random) != null) {
            lead = fate.wrongDepartment && !department.returned() ? scene.otherDepartment(suggested, random) : suggested;
        } else {
            lead = scene.otherDepartment(null, random);
        }
        var assisting = fate.assisted ? Set.of(scene.otherDepartment(lead, random)) : Set.<Long>of();
        var at = scene.timing.on(view.clock(), now, late(0.04), 0.1, 0.9, random);
        var chosen = lead;
        return step(at, scene.cast.pick(Role.DISPATCHER, street, random), DISPATCH, 0,
                ids -> new MoveCommand(null, null, null, chosen, assisting, null, null, null, null, null));
    }

    Step decideCancel(Instant now, Scene scene, String street) {
        boolean refuse = view.status() == org.urbangrid.cases.CaseStatus.REPORTED ? fate.duplicateKept : fate.cancelRefused;
        var at = scene.timing.workLater(now, 10, 90, random);
        var leader = scene.cast.pick(Role.SHIFT_LEADER, street, random);
        return refuse ? step(at, leader, REFUSE_CANCEL, 0, ids -> Step.command("不同意作废,继续办理", ids))
                : step(at, leader, APPROVE_CANCEL, 0, ids -> Step.command(null, ids));
    }

    boolean late(double share) {
        return random.nextDouble() < share;
    }

    Step step(Instant at, StaffPrincipal actor, org.urbangrid.cases.CaseMove move, int photos,
            java.util.function.Function<List<String>, MoveCommand> command) {
        return new Step(at, this, actor, move, photos, command, false);
    }
}

package org.urbangrid.simulation.internal;

import static org.urbangrid.cases.CaseMove.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.WorkCalendar;
import org.urbangrid.organization.Role;

/**
 * 处置: a case's course while a department has it — asking to return a case sent to the wrong department, a
 * cancellation, a suspension or an extension (each once, as its {@link Fate} says), the dispatcher deciding, the
 * site made safe first where the condition has two steps, the fix reported (late now and then), and the leader
 * urging a late one.
 */
final class DepartmentCourse {

    private final CaseScript script;
    private boolean returnAsked;
    private boolean cancelAsked;
    private boolean suspensionAsked;
    private boolean extensionAsked;
    private int handlings;

    DepartmentCourse(CaseScript script) {
        this.script = script;
    }

    /** Whether the wrong department already asked to return the case (the next dispatch follows the suggestion). */
    boolean returned() {
        return returnAsked;
    }

    void next(CaseView view, Instant now, Scene scene, String street, RequestKind pending, List<Step> steps) {
        var clock = view.clock();
        var t = scene.timing;
        var random = script.random;
        var fate = script.fate;
        if (pending == RequestKind.CANCEL) {
            steps.add(script.decideCancel(now, scene, street));
            return;
        }
        if (pending != null) {
            boolean refuse = switch (pending) {
                case RETURN -> fate.returnRefused;
                case EXTENSION -> fate.extensionRefused;
                case SUSPENSION -> fate.suspensionRefused;
                case CANCEL -> false;
            };
            var at = t.workLater(now, 15, 240, random);
            var dispatcher = scene.cast.pick(Role.DISPATCHER, street, random);
            steps.add(refuse ? script.step(at, dispatcher, REFUSE_REQUEST, 0, ids -> Step.command("理由不充分,请继续处置", ids))
                    : script.step(at, dispatcher, APPROVE_REQUEST, 0, ids -> Step.command(null, ids)));
            return;
        }
        var handler = scene.cast.handlerOf(view.leadDepartmentId(), random);
        if (handler == null) {
            return;
        }
        if (fate.wrongDepartment && !returnAsked && !view.leadDepartmentId().equals(view.suggestedDepartmentId())) {
            returnAsked = true;
            steps.add(script.step(t.on(clock, now, false, 0.02, 0.2, random), handler, REQUEST_RETURN, 0,
                    ids -> Step.command("不属于本部门职责", ids)));
        } else if (fate.cancelledWhileHandled && !cancelAsked) {
            cancelAsked = true;
            steps.add(script.step(t.on(clock, now, false, 0.05, 0.4, random), scene.cast.pick(Role.DISPATCHER, street, random),
                    REQUEST_CANCEL, 0, ids -> Step.command("上报信息有误,申请作废", ids)));
        } else if (fate.suspension && !suspensionAsked) {
            suspensionAsked = true;
            steps.add(script.step(t.on(clock, now, false, 0.1, 0.5, random), handler, REQUEST_SUSPENSION, 0,
                    ids -> Step.command("涉及产权纠纷,暂无法处置", ids)));
        } else if (fate.extension && !extensionAsked) {
            extensionAsked = true;
            var unit = clock.limit().unit();
            var extra = unit == LimitUnit.WORK_DAYS ? new MoveCommand.Extension(1 + random.nextInt(3), LimitUnit.WORK_DAYS)
                    : !WorkCalendar.isWork(unit) ? new MoveCommand.Extension(2 + random.nextInt(6), LimitUnit.NATURAL_HOURS)
                    : new MoveCommand.Extension(2 + random.nextInt(4), LimitUnit.WORK_HOURS);
            steps.add(script.step(t.on(clock, now, false, 0.5, 0.9, random), handler, REQUEST_EXTENSION, 0,
                    ids -> new MoveCommand(null, "需协调施工单位,申请延期", null, null, null, null, null, extra, null, null)));
        } else if (view.firstStep() != null) {
            steps.add(script.step(t.on(view.firstStep(), now, script.late(0.1), 0.2, 0.9, random), handler, REPORT_MADE_SAFE, 1,
                    ids -> Step.command("已设置警示围挡", ids)));
        } else {
            boolean late = handlings++ == 0 ? fate.handledLate : script.late(0.2);
            var at = t.on(clock, now, late, 0.15, 0.9, random);
            steps.add(script.step(at, handler, REPORT_HANDLED, 1 + random.nextInt(2), ids -> Step.command("已处置完毕", ids)));
            if (late && fate.urged && clock != null && clock.due() != null) {
                var urgeAt = clock.due().plus(Duration.ofMinutes(30 + random.nextInt(600)));
                if (urgeAt.isAfter(now) && urgeAt.isBefore(at)) {
                    var answerDue = urgeAt.plus(Duration.ofDays(1 + random.nextInt(3)));
                    steps.add(new Step(urgeAt, script, scene.cast.pick(Role.LEADER, street, random), URGE, 0,
                            ids -> new MoveCommand(null, "已超期,请抓紧处置并回复", null, null, null, null, null, null, null,
                                    answerDue), true));
                }
            }
        }
    }
}

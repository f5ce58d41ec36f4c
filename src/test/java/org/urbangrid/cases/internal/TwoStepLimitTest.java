package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.urbangrid.cases.internal.CaseTest.*;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.urbangrid.cases.CaseEvent;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.Complexity;
import org.urbangrid.cases.HotlineLimits;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Light;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.platform.UrbanGridException;

/**
 * A missing manhole cover: made safe within 3 h, fixed within 6 h (DOMAIN §5). Both clocks on the handling stage,
 * both counted; and the hotline promise as the stricter limit.
 */
class TwoStepLimitTest {

    final NaturalTimeDeadlines deadlines = new NaturalTimeDeadlines();
    Instant now = Instant.parse("2026-11-25T01:00:00Z");

    Case dispatchedManhole() {
        var data = new CaseData();
        data.number = "20261125-00002";
        data.source = CaseSource.INSPECTOR;
        data.description = "井盖丢失";
        data.unitGridCode = "210231001001001";
        data.communityCode = "210231001001";
        data.streetCode = "210231001";
        data.reporterId = INSPECTOR.id();
        var kase = Case.report(data, INSPECTOR, "上水井盖丢失", List.of("p1"), now, deadlines);
        kase.accept(OPERATOR, null, later(5), deadlines);
        kase.file(SHIFT_LEADER, "C0101-01", "C0101", TimeLimit.naturalHours(6), TimeLimit.naturalHours(3), 50L, "规则 #2",
                null, later(5), deadlines);
        kase.dispatch(DISPATCHER, 50L, Set.of(), null, later(5), deadlines);
        return kase;
    }

    Instant later(int minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
        return now;
    }

    CaseViews views() {
        return new CaseViews(deadlines, java.time.Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void dispatch_starts_both_clocks_and_the_department_may_report_made_safe() {
        var kase = dispatchedManhole();
        var d = kase.data;
        assertThat(d.safeDeadline.due()).isEqualTo(d.dispatchedAt.plus(Duration.ofHours(3)));
        assertThat(d.deadline.due()).isEqualTo(d.dispatchedAt.plus(Duration.ofHours(6)));
        assertThat(MoveTable.yourMoves(d, HANDLER, now)).contains(CaseMove.REPORT_MADE_SAFE, CaseMove.REPORT_HANDLED);
        assertThat(MoveTable.yourMoves(d, OTHER_HANDLER, now)).isEmpty();
        var first = views().firstStep(d);
        assertThat(first.limit()).isEqualTo(TimeLimit.naturalHours(3));
        assertThat(first.due()).isEqualTo(d.safeDeadline.due());
        assertThat(first.light()).isEqualTo(Light.GREEN);
        assertThat(views().clock(d).due()).isEqualTo(d.deadline.due());
    }

    @Test
    void made_safe_in_time_is_on_time_and_the_fix_clock_runs_on() {
        var kase = dispatchedManhole();
        var fixDue = kase.data.deadline.due();
        kase.reportMadeSafe(HANDLER, "已设置警示标志和围挡", List.of("p2"), later(120));
        var entry = kase.newEntries().get(kase.newEntries().size() - 1);
        assertThat(entry.move()).isEqualTo(CaseMove.REPORT_MADE_SAFE);
        assertThat(entry.stageOnTime()).isTrue();
        assertThat(entry.fromStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(entry.toStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.data.madeSafeAt).isEqualTo(now);
        assertThat(kase.data.deadline.due()).isEqualTo(fixDue);
        assertThat(kase.data.firstStepOpen()).isFalse();
        assertThat(views().firstStep(kase.data)).isNull();
        assertThat(MoveTable.yourMoves(kase.data, HANDLER, now)).doesNotContain(CaseMove.REPORT_MADE_SAFE)
                .contains(CaseMove.REPORT_HANDLED);
        assertThat(kase.events()).last().isInstanceOf(CaseEvent.CaseMadeSafe.class)
                .satisfies(e -> assertThat(e.facts().stageOnTime()).isTrue());
        // Fixed in time: the handling stage is on time as well.
        kase.reportHandled(HANDLER, "已补装井盖", List.of("p3"), later(60), deadlines);
        assertThat(kase.newEntries().get(kase.newEntries().size() - 1).stageOnTime()).isTrue();
        assertThat(kase.data.handledLate).isFalse();
    }

    @Test
    void made_safe_late_is_recorded_late_and_clears_a_first_step_overdue_mark() {
        var kase = dispatchedManhole();
        kase.data.overdue = true; // as the marker sets it once the first step is due
        kase.reportMadeSafe(HANDLER, "已设置围挡", List.of("p2"), later(181));
        var entry = kase.newEntries().get(kase.newEntries().size() - 1);
        assertThat(entry.stageOnTime()).isFalse();
        assertThat(entry.details()).containsEntry("safeDue", kase.data.safeDeadline.due().toString());
        assertThat(kase.data.overdue).as("the fix clock has time left").isFalse();
    }

    @Test
    void made_safe_after_the_fix_is_due_leaves_the_case_overdue() {
        var kase = dispatchedManhole();
        kase.reportMadeSafe(HANDLER, "已设置围挡", List.of("p2"), later(6 * 60 + 1));
        assertThat(kase.data.overdue).isTrue();
    }

    @Test
    void the_first_step_is_overdue_before_the_fix_clock() {
        var kase = dispatchedManhole();
        later(3 * 60 + 1);
        var views = views();
        assertThat(views.firstStep(kase.data).light()).isEqualTo(Light.RED);
        assertThat(views.firstStep(kase.data).secondsLeft()).isNegative();
        assertThat(views.clock(kase.data).light()).isNotEqualTo(Light.RED);
    }

    @Test
    void a_fix_reported_first_also_meets_the_first_step() {
        var kase = dispatchedManhole();
        kase.reportHandled(HANDLER, "已补装井盖", List.of("p3"), later(200), deadlines);
        var entry = kase.newEntries().get(kase.newEntries().size() - 1);
        assertThat(entry.details()).containsEntry("madeSafeOnTime", "false");
        assertThat(entry.stageOnTime()).isTrue();
        assertThat(kase.data.madeSafeAt).isEqualTo(now);
    }

    @Test
    void made_safe_needs_a_comment_and_photos_and_is_refused_without_a_first_step() {
        var kase = dispatchedManhole();
        assertThatThrownBy(() -> kase.reportMadeSafe(HANDLER, "已设置围挡", List.of(), later(10)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.properties()).containsEntry("field", "photoIds");
                });
        kase.reportMadeSafe(HANDLER, "已设置围挡", List.of("p2"), later(10));
        assertThatThrownBy(() -> kase.reportMadeSafe(HANDLER, "再次", List.of("p2"), later(10)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("error.case.no-first-step-open");
                });
    }

    @Test
    void a_pending_request_stays_when_the_site_is_made_safe_but_a_pending_cancellation_freezes_it() {
        var kase = dispatchedManhole();
        kase.request(HANDLER, RequestKind.EXTENSION, "需要定制井盖", TimeLimit.naturalHours(24), later(10));
        kase.reportMadeSafe(HANDLER, "已设置围挡", List.of("p2"), later(10));
        assertThat(kase.data.pending.kind()).isEqualTo(RequestKind.EXTENSION);

        var other = dispatchedManhole();
        other.request(DISPATCHER, RequestKind.CANCEL, "重复案件", null, later(5));
        assertThat(MoveTable.yourMoves(other.data, HANDLER, now)).doesNotContain(CaseMove.REPORT_MADE_SAFE);
    }

    @Test
    void a_return_gives_the_next_department_the_whole_first_step_and_suspension_stops_it() {
        var kase = dispatchedManhole();
        kase.request(HANDLER, RequestKind.RETURN, "非本部门职责", null, later(30));
        kase.approveRequest(DISPATCHER, null, later(5), deadlines);
        assertThat(kase.data.safeDeadline).isNull();
        kase.dispatch(DISPATCHER, 51L, Set.of(), null, later(5), deadlines);
        assertThat(kase.data.safeDeadline.due()).isEqualTo(now.plus(Duration.ofHours(3)));

        var suspended = dispatchedManhole();
        var due = suspended.data.safeDeadline.due();
        suspended.request(HANDLER, RequestKind.SUSPENSION, "待管线单位确认", null, later(60));
        suspended.approveRequest(DISPATCHER, null, later(0), deadlines);
        suspended.resume(DISPATCHER, null, later(30), deadlines);
        assertThat(suspended.data.safeDeadline.due()).isEqualTo(due.plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_hotline_case_gets_the_stricter_of_its_promise_and_its_condition() {
        var limits = new HotlineLimits(null, null);
        assertThat(limits.of(Complexity.SIMPLE)).isEqualTo(TimeLimit.workDays(5));
        assertThat(limits.of(Complexity.COMPLEX)).isEqualTo(TimeLimit.workDays(15));
        // The test calendar counts a work day as 8 h round the clock.
        assertThat(limits.handlingLimit(CaseSource.HOTLINE_12345, Complexity.SIMPLE, TimeLimit.workDays(20), now, deadlines))
                .isEqualTo(TimeLimit.workDays(5));
        assertThat(limits.handlingLimit(CaseSource.HOTLINE_12319, Complexity.COMPLEX, TimeLimit.naturalHours(6), now, deadlines))
                .isEqualTo(TimeLimit.naturalHours(6));
        assertThat(limits.handlingLimit(CaseSource.HOTLINE_12345, Complexity.COMPLEX, null, now, deadlines))
                .isEqualTo(TimeLimit.workDays(15));
        assertThat(limits.handlingLimit(CaseSource.INSPECTOR, null, TimeLimit.workDays(20), now, deadlines))
                .isEqualTo(TimeLimit.workDays(20));
        assertThatThrownBy(() -> new HotlineLimits(TimeLimit.workDays(61), null)).isInstanceOf(UrbanGridException.class);
    }
}

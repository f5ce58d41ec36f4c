package org.urbangrid.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.deadline.Stage;
import org.urbangrid.deadline.TimeLimit;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffPrincipal;
import org.urbangrid.platform.UrbanGridException;

class CaseTest {

    static final StaffPrincipal INSPECTOR = new StaffPrincipal(1, "inspector", "张监督", Role.INSPECTOR, null, null);
    static final StaffPrincipal OTHER_INSPECTOR = new StaffPrincipal(9, "inspector2", "李监督", Role.INSPECTOR, null, null);
    static final StaffPrincipal OPERATOR = new StaffPrincipal(2, "operator", "王受理", Role.OPERATOR, null, null);
    static final StaffPrincipal SHIFT_LEADER = new StaffPrincipal(3, "shiftleader", "赵值班", Role.SHIFT_LEADER, null, null);
    static final StaffPrincipal DISPATCHER = new StaffPrincipal(4, "dispatcher", "钱派遣", Role.DISPATCHER, null, null);
    static final StaffPrincipal HANDLER = new StaffPrincipal(5, "handler", "孙处置", Role.HANDLER, 50L, null);
    static final StaffPrincipal OTHER_HANDLER = new StaffPrincipal(6, "handler2", "周处置", Role.HANDLER, 51L, null);
    static final StaffPrincipal LEADER = new StaffPrincipal(7, "leader", "吴领导", Role.LEADER, null, null);
    static final StaffPrincipal STREET_OPERATOR = new StaffPrincipal(8, "op-lwt", "郑受理", Role.OPERATOR, null, "210231002");

    final NaturalTimeDeadlines deadlines = new NaturalTimeDeadlines();
    Instant now = Instant.parse("2026-11-25T01:00:00Z");

    Case reported(CaseSource source) {
        var data = new CaseData();
        data.number = "20261125-00001";
        data.source = source;
        data.description = "暴露垃圾";
        data.unitGridCode = "210231001001001";
        data.communityCode = "210231001001";
        data.streetCode = "210231001";
        data.reporterId = source == CaseSource.INSPECTOR ? INSPECTOR.id() : OPERATOR.id();
        return Case.report(data, source == CaseSource.INSPECTOR ? INSPECTOR : OPERATOR, "路边垃圾", List.of("p1"), now,
                deadlines);
    }

    Case dispatched() {
        var kase = reported(CaseSource.HOTLINE_12345);
        kase.sendToVerify(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        kase.verify(INSPECTOR, true, "属实", List.of("p2"), later(10), deadlines);
        kase.file(SHIFT_LEADER, "E0102-01", "E0102", TimeLimit.workHours(4), 50L, "规则 #1", null, later(5), deadlines);
        kase.dispatch(DISPATCHER, 50L, Set.of(51L), null, later(5), deadlines);
        return kase;
    }

    Instant later(int minutes) {
        now = now.plus(Duration.ofMinutes(minutes));
        return now;
    }

    @Test
    void normal_path_from_report_to_close_writes_one_entry_per_step() {
        var kase = dispatched();
        kase.reportHandled(HANDLER, "已清运", List.of("p3"), later(60), deadlines);
        kase.sendToCheck(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        kase.check(INSPECTOR, true, "已清理干净", List.of("p4"), later(20), deadlines);
        kase.close(SHIFT_LEADER, null, null, later(5), java.time.Duration.ofDays(7));
        assertThat(kase.data.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(kase.data.closeKind).isEqualTo(CloseKind.NORMAL);
        assertThat(kase.newEntries()).extracting(e -> e.move()).containsExactly(CaseMove.REPORT,
                CaseMove.SEND_TO_VERIFY, CaseMove.VERIFY_TRUE, CaseMove.FILE, CaseMove.DISPATCH,
                CaseMove.REPORT_HANDLED, CaseMove.SEND_TO_CHECK, CaseMove.CHECK_PASS, CaseMove.CLOSE);
        assertThat(kase.newEntries()).extracting(e -> e.seq()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(kase.newEntries().get(5).fromStatus()).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.newEntries().get(5).toStatus()).isEqualTo(CaseStatus.HANDLED);
        assertThat(kase.data.deadline).isNull();
    }

    @Test
    void dispatch_starts_the_handling_clock_from_the_filing_condition_and_keeps_assisting_departments() {
        var kase = dispatched();
        assertThat(kase.data.stage).isEqualTo(Stage.HANDLE);
        assertThat(kase.data.deadline.due()).isEqualTo(now.plus(Duration.ofHours(4)));
        assertThat(kase.data.assistingDepartmentIds).containsExactly(51L);
        assertThat(kase.data.leadDepartmentId).isEqualTo(50L);
    }

    @Test
    void inspector_report_is_accepted_straight_to_filing_but_a_hotline_report_is_not() {
        var own = reported(CaseSource.INSPECTOR);
        own.accept(OPERATOR, null, later(2), deadlines);
        assertThat(own.data.status).isEqualTo(CaseStatus.PENDING_FILING);
        var hotline = reported(CaseSource.HOTLINE_12345);
        assertThatThrownBy(() -> hotline.accept(OPERATOR, null, later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    void failed_check_sends_the_case_back_to_the_same_department_as_rework() {
        var kase = dispatched();
        kase.reportHandled(HANDLER, "已清运", List.of("p3"), later(60), deadlines);
        kase.sendToCheck(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        kase.check(INSPECTOR, false, "仍有垃圾", List.of(), later(20), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.data.leadDepartmentId).isEqualTo(50L);
        assertThat(kase.data.reworkCount).isEqualTo(1);
        assertThat(kase.data.stage).isEqualTo(Stage.HANDLE);
    }

    @Test
    void failing_a_check_needs_a_reason() {
        var kase = dispatched();
        kase.reportHandled(HANDLER, "已清运", List.of("p3"), later(60), deadlines);
        kase.sendToCheck(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        assertThatThrownBy(() -> kase.check(INSPECTOR, false, " ", List.of(), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.reason-required"));
    }

    @Test
    void approved_return_sends_the_case_back_to_dispatch_without_a_department() {
        var kase = dispatched();
        kase.request(HANDLER, RequestKind.RETURN, "不属于本部门职责", null, later(10));
        kase.approveRequest(DISPATCHER, null, later(5), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.PENDING_DISPATCH);
        assertThat(kase.data.leadDepartmentId).isNull();
        assertThat(kase.data.returnCount).isEqualTo(1);
        assertThat(kase.data.stage).isEqualTo(Stage.DISPATCH);
    }

    @Test
    void approved_extension_moves_the_deadline_by_the_requested_time() {
        var kase = dispatched();
        var due = kase.data.deadline.due();
        kase.request(HANDLER, RequestKind.EXTENSION, "需要调配车辆", TimeLimit.workHours(2), later(10));
        kase.approveRequest(DISPATCHER, "同意", later(5), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.data.deadline.due()).isEqualTo(due.plus(Duration.ofHours(2)));
        assertThat(kase.data.pending).isNull();
        assertThat(kase.data.extensionCount).isEqualTo(1);
    }

    @Test
    void refused_request_leaves_the_deadline_alone() {
        var kase = dispatched();
        var due = kase.data.deadline.due();
        kase.request(HANDLER, RequestKind.EXTENSION, "需要调配车辆", TimeLimit.workHours(2), later(10));
        kase.refuseRequest(DISPATCHER, "时限足够", later(5));
        assertThat(kase.data.deadline.due()).isEqualTo(due);
        assertThat(kase.data.pending).isNull();
    }

    @Test
    void suspended_time_does_not_count_against_the_department() {
        var kase = dispatched();
        var due = kase.data.deadline.due();
        kase.request(HANDLER, RequestKind.SUSPENSION, "等待产权单位确认", null, later(10));
        kase.approveRequest(DISPATCHER, null, later(5), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.SUSPENDED);
        var suspendedAt = now;
        kase.resume(DISPATCHER, null, later(600), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.data.deadline.due()).isEqualTo(due.plus(Duration.between(suspendedAt, now)));
    }

    @Test
    void extension_request_without_time_is_refused() {
        var kase = dispatched();
        assertThatThrownBy(() -> kase.request(HANDLER, RequestKind.EXTENSION, "原因", null, later(1)))
                .isInstanceOfSatisfying(UrbanGridException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.case.extension-needs-time"));
    }

    @Test
    void cancellation_asked_by_dispatcher_and_approved_by_shift_leader() {
        var kase = dispatched();
        kase.request(DISPATCHER, RequestKind.CANCEL, "重复上报", null, later(1));
        assertThatThrownBy(() -> kase.reportHandled(HANDLER, "已处理", List.of("p"), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT));
        kase.approveCancel(SHIFT_LEADER, null, later(1));
        assertThat(kase.data.status).isEqualTo(CaseStatus.CANCELLED);
        assertThat(kase.data.deadline).isNull();
    }

    @Test
    void refused_cancellation_lets_the_case_go_on() {
        var kase = dispatched();
        kase.request(DISPATCHER, RequestKind.CANCEL, "重复上报", null, later(1));
        kase.refuseCancel(SHIFT_LEADER, "不是重复", later(1));
        kase.reportHandled(HANDLER, "已处理", List.of("p"), later(1), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.HANDLED);
    }

    @Test
    void urging_records_the_opinion_without_changing_state() {
        var kase = dispatched();
        kase.urge(LEADER, "请加快处理", null, later(1));
        assertThat(kase.data.status).isEqualTo(CaseStatus.DISPATCHED);
        assertThat(kase.data.urgeCount).isEqualTo(1);
        var entry = kase.newEntries().get(kase.newEntries().size() - 1);
        assertThat(entry.move()).isEqualTo(CaseMove.URGE);
        assertThat(entry.fromStatus()).isEqualTo(entry.toStatus());
    }

    @Test
    void handled_late_closes_as_overtime() {
        var kase = dispatched();
        kase.reportHandled(HANDLER, "已清运", List.of("p3"), later(5 * 60), deadlines);
        kase.sendToCheck(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        kase.check(INSPECTOR, true, null, List.of("p4"), later(5), deadlines);
        kase.close(SHIFT_LEADER, null, null, later(5), java.time.Duration.ofDays(7));
        assertThat(kase.data.closeKind).isEqualTo(CloseKind.OVERTIME);
        assertThat(kase.newEntries()).filteredOn(e -> e.move() == CaseMove.REPORT_HANDLED)
                .extracting(e -> e.stageOnTime()).containsExactly(false);
    }

    @Test
    void on_the_spot_handling_closes_at_once() {
        var data = new CaseData();
        data.source = CaseSource.INSPECTOR;
        data.description = "井盖移位,已复位";
        data.streetCode = "210231001";
        var kase = Case.handledOnSpot(data, INSPECTOR, "已复位", List.of("p1"), now);
        assertThat(kase.data.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(kase.data.closeKind).isEqualTo(CloseKind.ON_THE_SPOT);
        assertThat(kase.newEntries()).singleElement().satisfies(e -> assertThat(e.move()).isEqualTo(CaseMove.HANDLE_ON_SPOT));
    }

    @Test
    @SuppressWarnings("unchecked")
    void wrong_role_is_forbidden_and_illegal_move_is_a_conflict_naming_what_is_allowed() {
        var kase = reported(CaseSource.HOTLINE_12345);
        assertThatThrownBy(() -> kase.sendToVerify(DISPATCHER, INSPECTOR.id(), null, later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> kase.close(SHIFT_LEADER, null, null, later(1), java.time.Duration.ofDays(7)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(e.properties()).containsEntry("currentStatus", CaseStatus.REPORTED);
                    assertThat((List<Object>) e.properties().get("allowedMoves"))
                            .contains(CaseMove.SEND_TO_VERIFY).doesNotContain(CaseMove.ACCEPT);
                });
    }

    @Test
    void only_the_assigned_inspector_verifies() {
        var kase = reported(CaseSource.HOTLINE_12345);
        kase.sendToVerify(OPERATOR, INSPECTOR.id(), null, later(1), deadlines);
        assertThatThrownBy(() -> kase.verify(OTHER_INSPECTOR, true, null, List.of("p"), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.not-assigned"));
    }

    @Test
    void only_the_lead_department_reports_handled_or_asks_for_more_time() {
        var kase = dispatched();
        assertThatThrownBy(() -> kase.reportHandled(OTHER_HANDLER, "已处理", List.of("p"), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.not-your-department"));
        assertThatThrownBy(() -> kase.request(OTHER_HANDLER, RequestKind.EXTENSION, "x", TimeLimit.workHours(1), later(1)))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void street_staff_cannot_move_cases_of_another_street() {
        var kase = reported(CaseSource.HOTLINE_12345);
        assertThatThrownBy(() -> kase.sendToVerify(STREET_OPERATOR, INSPECTOR.id(), null, later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.messageKey()).isEqualTo("error.case.outside-street"));
    }

    @Test
    void refusing_to_file_needs_a_reason_and_ends_the_case() {
        var kase = reported(CaseSource.INSPECTOR);
        kase.accept(OPERATOR, null, later(1), deadlines);
        assertThatThrownBy(() -> kase.refuse(SHIFT_LEADER, "", later(1))).isInstanceOf(UrbanGridException.class);
        kase.refuse(SHIFT_LEADER, "不属于城管范围", later(1));
        assertThat(kase.data.status).isEqualTo(CaseStatus.NOT_FILED);
        assertThat(kase.data.status.isOpen()).isFalse();
    }

    @Test
    void verification_false_ends_the_report_as_invalid() {
        var kase = reported(CaseSource.PUBLIC);
        kase.sendToVerify(OPERATOR, INSPECTOR.id(), null, later(1), deadlines);
        assertThatThrownBy(() -> kase.verify(INSPECTOR, false, "现场无此问题", List.of(), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.properties()).containsEntry("field", "photoIds");
                });
        assertThatThrownBy(() -> kase.verify(INSPECTOR, false, " ", List.of("p"), later(1), deadlines))
                .isInstanceOfSatisfying(UrbanGridException.class, e -> assertThat(e.properties()).containsEntry("field", "comment"));
        kase.verify(INSPECTOR, false, "现场无此问题", List.of("p9"), later(10), deadlines);
        assertThat(kase.data.status).isEqualTo(CaseStatus.INVALID);
    }

    @Test
    void a_stage_ended_after_its_deadline_is_recorded_as_late() {
        var kase = reported(CaseSource.HOTLINE_12345);
        kase.sendToVerify(OPERATOR, INSPECTOR.id(), null, later(45), deadlines);
        assertThat(kase.newEntries().get(1).stageOnTime()).isFalse();
        kase.verify(INSPECTOR, true, null, List.of("p"), later(10), deadlines);
        assertThat(kase.newEntries().get(2).stageOnTime()).isTrue();
    }

    @Test
    void special_close_needs_a_reason() {
        var kase = dispatched();
        kase.reportHandled(HANDLER, "已清运", List.of("p3"), later(60), deadlines);
        kase.sendToCheck(OPERATOR, INSPECTOR.id(), null, later(5), deadlines);
        kase.check(INSPECTOR, true, null, List.of("p4"), later(5), deadlines);
        assertThatThrownBy(() -> kase.close(SHIFT_LEADER, CloseKind.SPECIAL, null, later(1), java.time.Duration.ofDays(7))).isInstanceOf(UrbanGridException.class);
        kase.close(SHIFT_LEADER, CloseKind.SPECIAL, "上级指示特殊处理", later(1), java.time.Duration.ofDays(7));
        assertThat(kase.data.closeKind).isEqualTo(CloseKind.SPECIAL);
    }
}

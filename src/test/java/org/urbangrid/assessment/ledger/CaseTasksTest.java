package org.urbangrid.assessment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.cases.CaseMove.*;
import static org.urbangrid.cases.CaseStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbangrid.cases.CaseHistories.CaseRecord;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.organization.Role;

/** The pure derivation of a case's tasks from its history. */
class CaseTasksTest {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    static final long INSPECTOR = 2, OPERATOR = 3, LEADER = 4, DISPATCHER = 5, HANDLER = 6, DEPT = 50;

    final List<HistoryEntry> history = new ArrayList<>();
    Instant at = Instant.parse("2026-11-30T15:00:00Z"); // 23:00 in the city: the last day of November

    private void entry(CaseMove move, long actor, Role role, CaseStatus from, CaseStatus to, Boolean onTime,
            Map<String, String> details) {
        at = at.plusSeconds(600);
        history.add(new HistoryEntry(history.size() + 1, move, actor, "x", role, at, from, to, null, List.of(), details,
                onTime));
    }

    private String due(int minutes) {
        return at.plusSeconds(600L + minutes * 60L).toString();
    }

    private CaseLedger derive(CaseStatus status, Instant caseDue) {
        return CaseTasks.derive(new CaseRecord(1, "N1", status, CaseSource.INSPECTOR, 36.0, 120.0, "g", "c", "s", INSPECTOR, DEPT,
                caseDue, null, history), CITY);
    }

    @Test
    void rework_opens_a_second_handling_task_for_the_same_department_and_spoils_the_dispatch() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(ACCEPT, OPERATOR, Role.OPERATOR, REPORTED, PENDING_FILING, true, Map.of("stageDue", due(30)));
        entry(FILE, LEADER, Role.SHIFT_LEADER, PENDING_FILING, PENDING_DISPATCH, true, Map.of("stageDue", due(30)));
        entry(DISPATCH, DISPATCHER, Role.DISPATCHER, PENDING_DISPATCH, DISPATCHED, false,
                Map.of("leadDepartmentId", "50", "stageDue", due(240)));
        entry(REPORT_HANDLED, HANDLER, Role.HANDLER, DISPATCHED, HANDLED, true, Map.of("stageDue", due(30)));
        entry(SEND_TO_CHECK, OPERATOR, Role.OPERATOR, HANDLED, CHECKING, true, Map.of("inspectorId", "2", "stageDue", due(30)));
        entry(CHECK_FAIL, INSPECTOR, Role.INSPECTOR, CHECKING, DISPATCHED, true,
                Map.of("leadDepartmentId", "50", "stageDue", due(240)));
        var ledger = derive(DISPATCHED, null);

        var kinds = ledger.tasks().stream().map(LedgerTask::kind).toList();
        assertThat(kinds).containsExactly(TaskKind.REPORT, TaskKind.ACCEPT, TaskKind.FILE, TaskKind.DISPATCH,
                TaskKind.HANDLE, TaskKind.SEND_TO_CHECK, TaskKind.CHECK, TaskKind.HANDLE);
        var handles = ledger.tasks(TaskKind.HANDLE);
        assertThat(handles.get(0).reworked()).isTrue();
        assertThat(handles.get(0).handled()).isTrue();
        assertThat(handles.get(1).subjectId()).isEqualTo(DEPT);
        assertThat(handles.get(1).open()).isTrue();
        assertThat(handles.get(1).dispatchNo()).isEqualTo(handles.get(0).dispatchNo()).isEqualTo(4);
        assertThat(ledger.tasks(TaskKind.CHECK).get(0).subjectId()).isEqualTo(INSPECTOR);
        assertThat(ledger.tasks(TaskKind.DISPATCH).get(0).onTime()).isFalse();
        // Reported 23:10 on 30 November: the report, accept and filing tasks belong to November, the rest to December.
        assertThat(ledger.tasks().get(0).day()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ledger.tasks(TaskKind.HANDLE).get(1).day()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(ledger.filedDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void extension_moves_the_deadline_suspension_stops_it_and_a_return_ends_the_task() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(ACCEPT, OPERATOR, Role.OPERATOR, REPORTED, PENDING_FILING, true, Map.of("stageDue", due(30)));
        entry(FILE, LEADER, Role.SHIFT_LEADER, PENDING_FILING, PENDING_DISPATCH, true, Map.of("stageDue", due(30)));
        entry(DISPATCH, DISPATCHER, Role.DISPATCHER, PENDING_DISPATCH, DISPATCHED, true,
                Map.of("leadDepartmentId", "50", "stageDue", due(240)));
        var newDue = due(600);
        entry(REQUEST_EXTENSION, HANDLER, Role.HANDLER, DISPATCHED, DISPATCHED, null, Map.of());
        entry(APPROVE_REQUEST, DISPATCHER, Role.DISPATCHER, DISPATCHED, DISPATCHED, null,
                Map.of("request", "EXTENSION", "newDue", newDue));
        assertThat(derive(DISPATCHED, null).tasks(TaskKind.HANDLE).get(0).dueAt()).isEqualTo(Instant.parse(newDue));

        entry(APPROVE_REQUEST, DISPATCHER, Role.DISPATCHER, DISPATCHED, SUSPENDED, null, Map.of("request", "SUSPENSION"));
        var suspended = derive(SUSPENDED, null).tasks(TaskKind.HANDLE).get(0);
        assertThat(suspended.suspendedNow()).isTrue();
        assertThat(suspended.dueAt()).isNull();
        assertThat(suspended.due(Instant.parse("2030-01-01T00:00:00Z"))).isFalse();

        entry(RESUME, DISPATCHER, Role.DISPATCHER, SUSPENDED, DISPATCHED, null, Map.of("newDue", due(300)));
        entry(APPROVE_REQUEST, DISPATCHER, Role.DISPATCHER, DISPATCHED, PENDING_DISPATCH, true,
                Map.of("request", "RETURN", "stageDue", due(30)));
        var ledger = derive(PENDING_DISPATCH, null);
        var handle = ledger.tasks(TaskKind.HANDLE).get(0);
        assertThat(handle.returned()).isTrue();
        assertThat(handle.extended()).isTrue();
        assertThat(handle.suspended()).isTrue();
        assertThat(handle.doneOnTime()).isTrue();
        assertThat(ledger.tasks(TaskKind.DISPATCH)).hasSize(2);
        assertThat(ledger.tasks(TaskKind.DISPATCH).get(1).open()).isTrue();
        assertThat(ledger.tasks(TaskKind.DISPATCH).get(1).subjectId()).isNull();
    }

    @Test
    void a_cancelled_task_charges_nobody_new_and_is_due_only_if_cancelled_after_its_deadline() {
        entry(REPORT, OPERATOR, Role.OPERATOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(SEND_TO_VERIFY, OPERATOR, Role.OPERATOR, REPORTED, VERIFYING, true, Map.of("inspectorId", "2", "stageDue", due(5)));
        entry(REQUEST_CANCEL, OPERATOR, Role.OPERATOR, VERIFYING, VERIFYING, null, Map.of());
        entry(APPROVE_CANCEL, LEADER, Role.SHIFT_LEADER, VERIFYING, CANCELLED, null, Map.of());
        var ledger = derive(CANCELLED, null);
        assertThat(ledger.tasks().get(0).subjectId()).as("a hotline report is nobody's").isNull();
        var verify = ledger.tasks(TaskKind.VERIFY).get(0);
        assertThat(verify.subjectId()).isEqualTo(INSPECTOR);
        assertThat(verify.cancelled()).isTrue();
        assertThat(verify.due(Instant.MAX)).as("cancelled 20 minutes after a 5-minute deadline").isTrue();
        assertThat(verify.doneOnTime()).isFalse();
        assertThat(ledger.cancelled()).isTrue();
        assertThat(Contributions.of(ledger)).filteredOn(f -> f.code().equals("ON_TIME_VERIFY_RATE"))
                .singleElement().satisfies(f -> assertThat(List.of(f.num(), f.den())).containsExactly(0, 1));
    }

    @Test
    void a_history_written_before_stage_deadlines_were_recorded_takes_the_open_stage_deadline_from_the_case() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of());
        var due = at.plusSeconds(600);
        var accept = derive(REPORTED, due).tasks(TaskKind.ACCEPT).get(0);
        assertThat(accept.dueAt()).isEqualTo(due);
        assertThat(accept.dueLater(due)).isTrue();
        assertThat(accept.due(due.plusSeconds(1))).isTrue();
    }

    @Test
    void a_merged_duplicate_counts_nowhere_as_a_case_and_its_report_earns_no_credit() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(ACCEPT, OPERATOR, Role.OPERATOR, REPORTED, PENDING_FILING, true, Map.of("stageDue", due(30)));
        entry(FILE, LEADER, Role.SHIFT_LEADER, PENDING_FILING, PENDING_DISPATCH, true, Map.of("stageDue", due(30)));
        entry(MERGE, OPERATOR, Role.OPERATOR, PENDING_DISPATCH, MERGED, null, Map.of("mainCaseId", "9"));
        var ledger = derive(MERGED, null);

        assertThat(ledger.merged()).isTrue();
        assertThat(ledger.tasks(TaskKind.REPORT).get(0).valid()).isNull();
        assertThat(ledger.tasks(TaskKind.DISPATCH).get(0).open()).isFalse();
        var facts = Contributions.of(ledger);
        // No region or department figure counts it (filed cases, close rate, public share); the desks' work stays.
        assertThat(facts).noneMatch(f -> f.code().equals("FILED") || f.code().equals("CLOSE_RATE")
                || f.code().equals("PUBLIC_REPORT_RATE") || f.code().equals(Fact.OWN_FILED));
        assertThat(facts).noneMatch(f -> f.code().equals("VALID_REPORT_RATE"));
        assertThat(facts).anyMatch(f -> f.code().equals("REPORTS") && f.num() == 1);
    }

    @Test
    void a_separated_report_is_a_case_again_with_a_fresh_intake_task() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(MERGE, OPERATOR, Role.OPERATOR, REPORTED, MERGED, null, Map.of("mainCaseId", "9"));
        entry(SEPARATE, OPERATOR, Role.OPERATOR, MERGED, REPORTED, null, Map.of("stageDue", due(10)));
        var ledger = derive(REPORTED, null);

        assertThat(ledger.merged()).isFalse();
        assertThat(ledger.tasks().stream().map(LedgerTask::kind).toList())
                .containsExactly(TaskKind.REPORT, TaskKind.ACCEPT, TaskKind.ACCEPT);
        assertThat(ledger.tasks(TaskKind.ACCEPT).get(1).open()).isTrue();
    }

    @Test
    void a_citizens_not_fixed_reopens_the_case_and_counts_as_rework_against_the_department() {
        entry(REPORT, INSPECTOR, Role.INSPECTOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(ACCEPT, OPERATOR, Role.OPERATOR, REPORTED, PENDING_FILING, true, Map.of("stageDue", due(30)));
        entry(FILE, LEADER, Role.SHIFT_LEADER, PENDING_FILING, PENDING_DISPATCH, true, Map.of("stageDue", due(30)));
        entry(DISPATCH, DISPATCHER, Role.DISPATCHER, PENDING_DISPATCH, DISPATCHED, true,
                Map.of("leadDepartmentId", "50", "stageDue", due(240)));
        entry(REPORT_HANDLED, HANDLER, Role.HANDLER, DISPATCHED, HANDLED, true, Map.of("stageDue", due(30)));
        entry(SEND_TO_CHECK, OPERATOR, Role.OPERATOR, HANDLED, CHECKING, true, Map.of("inspectorId", "2", "stageDue", due(30)));
        entry(CHECK_PASS, INSPECTOR, Role.INSPECTOR, CHECKING, PENDING_CLOSE, true, Map.of("stageDue", due(30)));
        entry(CLOSE, LEADER, Role.SHIFT_LEADER, PENDING_CLOSE, CLOSED, true, Map.of("closeKind", "NORMAL"));
        entry(REOPEN, 77, Role.CHANNEL, CLOSED, HANDLED, null, Map.of("leadDepartmentId", "50", "stageDue", due(30)));
        var ledger = derive(HANDLED, null);

        assertThat(ledger.closed()).isFalse();
        assertThat(ledger.tasks(TaskKind.HANDLE).get(0).reworked()).isTrue();
        assertThat(ledger.tasks().get(ledger.tasks().size() - 1).kind()).isEqualTo(TaskKind.SEND_TO_CHECK);
        assertThat(Contributions.of(ledger)).anyMatch(f -> f.code().equals("REWORK_RATE") && f.num() == 1
                && "50".equals(f.subjectId()));
    }

    @Test
    void a_case_transferred_back_to_the_hotline_ends_intake_and_is_no_valid_report() {
        entry(REPORT, OPERATOR, Role.OPERATOR, null, REPORTED, null, Map.of("stageDue", due(10)));
        entry(TRANSFER_BACK, OPERATOR, Role.OPERATOR, REPORTED, NOT_FILED, true, Map.of());
        var ledger = derive(NOT_FILED, null);

        assertThat(ledger.tasks(TaskKind.ACCEPT).get(0).open()).isFalse();
        assertThat(ledger.tasks(TaskKind.REPORT).get(0).valid()).isFalse();
        assertThat(ledger.filed()).isFalse();
    }
}

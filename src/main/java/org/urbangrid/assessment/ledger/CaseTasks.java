package org.urbangrid.assessment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.urbangrid.cases.CaseHistories.CaseRecord;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.organization.Role;

/**
 * The pure derivation of a case's ledger from its row and its history: each move ends the task at the desk that
 * had the case and starts the next one, exactly as the case's clock moved (DOMAIN §4, §5).
 */
public final class CaseTasks {

    private CaseTasks() {}

    public static CaseLedger derive(CaseRecord c, ZoneId zone) {
        return new Walk(c, zone).run();
    }

    /** One walk through the history, with the task that is open now. */
    private static final class Walk {
        private final CaseRecord c;
        private final ZoneId zone;
        private final List<Task> tasks = new ArrayList<>();
        private Task report;
        private Task current;
        private Task lastHandle;
        private Instant filedAt;
        private boolean closed;
        private boolean cancelled;
        private boolean merged;

        Walk(CaseRecord c, ZoneId zone) {
            this.c = c;
            this.zone = zone;
        }

        CaseLedger run() {
            for (var e : c.history()) {
                step(e);
            }
            if (current != null) {
                if (current.dueAt == null && !current.suspendedNow) {
                    current.dueAt = c.dueAt(); // histories written before stage deadlines were recorded
                }
                if (c.status() == CaseStatus.SUSPENDED) {
                    current.suspendedNow = true;
                }
            }
            return new CaseLedger(c.id(), c.number(), c.source(), c.reporterId(), c.latitude(), c.longitude(),
                    c.unitGridCode(), c.communityCode(), c.streetCode(),
                    tasks.stream().map(t -> t.freeze(c.id())).toList(),
                    filedAt == null ? null : LocalDate.ofInstant(filedAt, zone), filedAt, closed, cancelled, merged,
                    List.of());
        }

        private void step(HistoryEntry e) {
            switch (e.move()) {
                case REPORT -> {
                    report = start(TaskKind.REPORT, e, e.role() == Role.INSPECTOR ? e.actorId() : null);
                    report.end(e);
                    current = start(TaskKind.ACCEPT, e, null);
                }
                case HANDLE_ON_SPOT -> {
                    report = start(TaskKind.REPORT, e, e.role() == Role.INSPECTOR ? e.actorId() : null);
                    report.end(e);
                    report.valid = true;
                    closed = true;
                }
                case ACCEPT -> next(e, TaskKind.FILE, null);
                case SEND_TO_VERIFY -> next(e, TaskKind.VERIFY, longDetail(e, "inspectorId"));
                case VERIFY_TRUE -> next(e, TaskKind.FILE, null);
                case VERIFY_FALSE -> {
                    endCurrent(e);
                    decide(false);
                }
                case FILE -> {
                    filedAt = e.at();
                    decide(true);
                    next(e, TaskKind.DISPATCH, null);
                }
                case REFUSE -> {
                    endCurrent(e);
                    decide(false);
                }
                case DISPATCH -> {
                    var dispatch = current;
                    next(e, TaskKind.HANDLE, longDetail(e, "leadDepartmentId"));
                    current.dispatchNo = dispatch == null ? 0 : dispatch.no;
                    lastHandle = current;
                }
                case REPORT_HANDLED -> next(e, TaskKind.SEND_TO_CHECK, null);
                case APPROVE_REQUEST -> approved(e);
                case RESUME -> {
                    if (current != null) {
                        current.suspendedNow = false;
                        current.dueAt = instantDetail(e, "newDue", current.dueAt);
                    }
                }
                case SEND_TO_CHECK -> next(e, TaskKind.CHECK, longDetail(e, "inspectorId"));
                case CHECK_PASS -> next(e, TaskKind.CLOSE, null);
                case CHECK_FAIL -> {
                    var failed = lastHandle;
                    if (failed != null) {
                        failed.reworked = true;
                    }
                    var department = longDetail(e, "leadDepartmentId");
                    next(e, TaskKind.HANDLE, department != null ? department : failed == null ? null : failed.subjectId);
                    current.dispatchNo = failed == null ? 0 : failed.dispatchNo;
                    lastHandle = current;
                }
                case CLOSE -> {
                    endCurrent(e);
                    closed = true;
                }
                case APPROVE_CANCEL -> {
                    if (current != null) {
                        current.endedAt = e.at(); // nobody did the work: whoever had it still answers, if anyone
                        current.endMove = e.move();
                        current.cancelled = true;
                        current = null;
                    }
                    cancelled = true;
                }
                case TRANSFER_BACK -> {
                    // not the city's to handle: the intake desk ended its task, the report was not one for the city
                    endCurrent(e);
                    decide(false);
                }
                case MERGE -> {
                    // a duplicate: the desk's task ends with the merge; the case counts nowhere as a case of its own,
                    // and its report is neither valid nor invalid (the first report of the problem has the credit)
                    endCurrent(e);
                    merged = true;
                    if (report != null) {
                        report.valid = null; // decided again if it is separated and filed on its own
                    }
                }
                case SEPARATE -> {
                    merged = false;
                    current = start(TaskKind.ACCEPT, e, null);
                }
                case REOPEN -> {
                    // 市民反映未解决: the fix did not hold; it counts against the department that reported it fixed
                    if (lastHandle != null) {
                        lastHandle.reworked = true;
                    }
                    closed = false;
                    endCurrent(e);
                    current = start(TaskKind.SEND_TO_CHECK, e, null);
                }
                case REPORT_MADE_SAFE, REQUEST_EXTENSION, REQUEST_RETURN, REQUEST_SUSPENSION, REFUSE_REQUEST,
                        REQUEST_CANCEL, REFUSE_CANCEL, URGE, APPROVE_PUBLIC, HIDE_PUBLIC -> { }
            }
        }

        private void approved(HistoryEntry e) {
            if (current == null) {
                return;
            }
            switch (e.details().getOrDefault("request", "")) {
                case "EXTENSION" -> {
                    current.extended = true;
                    current.dueAt = instantDetail(e, "newDue", current.dueAt);
                }
                case "RETURN" -> {
                    current.returned = true;
                    next(e, TaskKind.DISPATCH, null);
                }
                case "SUSPENSION" -> {
                    current.suspended = true;
                    current.suspendedNow = true;
                }
                default -> { }
            }
        }

        /** Ends the open task with this move and opens the next desk's. */
        private void next(HistoryEntry e, TaskKind kind, Long subject) {
            endCurrent(e);
            current = start(kind, e, subject);
        }

        private void endCurrent(HistoryEntry e) {
            if (current != null) {
                current.end(e);
                current = null;
            }
        }

        private void decide(boolean valid) {
            if (report != null && report.valid == null) {
                report.valid = valid;
            }
        }

        private Task start(TaskKind kind, HistoryEntry e, Long subject) {
            var task = new Task(tasks.size() + 1, kind, subject, e.at(), LocalDate.ofInstant(e.at(), zone));
            task.dueAt = instantDetail(e, "stageDue", null);
            tasks.add(task);
            return task;
        }

        private static Long longDetail(HistoryEntry e, String key) {
            var value = e.details().get(key);
            return value == null || value.equals("null") ? null : Long.valueOf(value);
        }

        private static Instant instantDetail(HistoryEntry e, String key, Instant otherwise) {
            var value = e.details().get(key);
            return value == null ? otherwise : Instant.parse(value);
        }
    }

    /** A task while the walk builds it. */
    private static final class Task {
        final int no;
        final TaskKind kind;
        Long subjectId;
        final Instant startedAt;
        final LocalDate day;
        Instant dueAt;
        Instant endedAt;
        org.urbangrid.cases.CaseMove endMove;
        Boolean onTime;
        boolean returned;
        boolean reworked;
        boolean extended;
        boolean suspended;
        boolean suspendedNow;
        boolean cancelled;
        int dispatchNo;
        Boolean valid;

        Task(int no, TaskKind kind, Long subjectId, Instant startedAt, LocalDate day) {
            this.no = no;
            this.kind = kind;
            this.subjectId = subjectId;
            this.startedAt = startedAt;
            this.day = day;
        }

        /** Ended by this move; a centre desk's task is answered for by whoever ended it. */
        void end(HistoryEntry e) {
            endedAt = e.at();
            endMove = e.move();
            onTime = e.stageOnTime();
            if (subjectId == null && kind != TaskKind.REPORT && kind != TaskKind.HANDLE) {
                subjectId = e.actorId();
            }
        }

        LedgerTask freeze(long caseId) {
            return new LedgerTask(caseId, no, kind, subjectId, startedAt, day, suspendedNow ? null : dueAt, endedAt,
                    endMove, onTime, returned, reworked, extended, suspended, suspendedNow, cancelled, dispatchNo,
                    valid);
        }
    }
}

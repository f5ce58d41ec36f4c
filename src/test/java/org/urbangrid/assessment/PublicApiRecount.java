package org.urbangrid.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * An independent recount of the indicators from what the public JSON API shows of each case (its source, region,
 * reporter and history), written from docs/assessment.md without the ledger's code: the check that the numbers a
 * leader reads are the numbers the histories give.
 *
 * <p>Each figure is kept as {numerator, denominator}, per subject kind, subject id and indicator.
 */
public final class PublicApiRecount {

    private final Period period;
    private final Instant now;
    private final ZoneId zone;
    /** kind → subject id → indicator → {num, den} */
    public final Map<SubjectKind, Map<String, Map<Indicator, long[]>>> figures = new HashMap<>();

    public PublicApiRecount(Period period, Instant now, ZoneId zone) {
        this.period = period;
        this.now = now;
        this.zone = zone;
    }

    /** One task at a desk, as the history shows it. */
    private static final class Task {
        final String kind;
        String subject;
        final Instant started;
        Instant due;
        Instant ended;
        String endMove;
        Boolean onTime;
        boolean returned, reworked, extended, suspended, suspendedNow, cancelled;
        Task dispatch;

        Task(String kind, String subject, Instant started, Instant due) {
            this.kind = kind;
            this.subject = subject;
            this.started = started;
            this.due = due;
        }

        boolean done() {
            return ended != null && !cancelled;
        }

        /** 应…数: done, or past the deadline (while running, or when cancelled after it). */
        boolean due(Instant at) {
            if (done()) {
                return true;
            }
            if (cancelled) {
                return due != null && ended.isAfter(due);
            }
            return !suspendedNow && due != null && at.isAfter(due);
        }
    }

    /** Adds one case, read from {@code GET /api/cases/{id}}. */
    public void add(JsonNode kase) {
        var tasks = new ArrayList<Task>();
        Task current = null;
        Task lastHandle = null;
        Task report = null;
        Boolean valid = null;
        Instant filedAt = null;
        boolean closed = false;
        boolean cancelled = false;
        for (var e : kase.get("history")) {
            var move = e.get("move").asString();
            var at = Instant.parse(e.get("at").asString());
            var details = e.get("details");
            Instant stageDue = details != null && details.hasNonNull("stageDue") ? Instant.parse(details.get("stageDue").asString()) : null;
            Boolean onTime = e.hasNonNull("stageOnTime") ? e.get("stageOnTime").asBoolean() : null;
            String actor = e.get("actorId").asString();
            boolean endsStage = switch (move) {
                case "ACCEPT", "SEND_TO_VERIFY", "VERIFY_TRUE", "VERIFY_FALSE", "FILE", "REFUSE", "DISPATCH",
                        "REPORT_HANDLED", "SEND_TO_CHECK", "CHECK_PASS", "CHECK_FAIL", "CLOSE" -> true;
                case "APPROVE_REQUEST" -> "RETURN".equals(text(details, "request"));
                default -> false;
            };
            if (move.equals("REPORT") || move.equals("HANDLE_ON_SPOT")) {
                report = new Task("REPORT", "INSPECTOR".equals(e.get("role").asString()) ? actor : null, at, null);
                report.ended = at;
                tasks.add(report);
                if (move.equals("HANDLE_ON_SPOT")) {
                    valid = true;
                    closed = true;
                } else {
                    current = new Task("ACCEPT", null, at, stageDue);
                    tasks.add(current);
                }
                continue;
            }
            if (endsStage && current != null) {
                current.ended = at;
                current.endMove = move;
                current.onTime = onTime;
                if (current.subject == null && !current.kind.equals("HANDLE")) {
                    current.subject = actor;
                }
            }
            Task ended = endsStage ? current : null;
            if (endsStage) {
                current = null;
            }
            switch (move) {
                case "SEND_TO_VERIFY" -> current = start(tasks, "VERIFY", text(details, "inspectorId"), at, stageDue);
                case "ACCEPT", "VERIFY_TRUE" -> current = start(tasks, "FILE", null, at, stageDue);
                case "VERIFY_FALSE", "REFUSE" -> valid = valid == null ? Boolean.FALSE : valid;
                case "FILE" -> {
                    filedAt = at;
                    valid = valid == null ? Boolean.TRUE : valid;
                    current = start(tasks, "DISPATCH", null, at, stageDue);
                }
                case "DISPATCH" -> {
                    current = start(tasks, "HANDLE", text(details, "leadDepartmentId"), at, stageDue);
                    current.dispatch = ended;
                    lastHandle = current;
                }
                case "CHECK_FAIL" -> {
                    if (lastHandle != null) {
                        lastHandle.reworked = true;
                    }
                    var department = text(details, "leadDepartmentId");
                    current = start(tasks, "HANDLE", department != null ? department : lastHandle == null ? null
                            : lastHandle.subject, at, stageDue);
                    current.dispatch = lastHandle == null ? null : lastHandle.dispatch;
                    lastHandle = current;
                }
                case "REPORT_HANDLED" -> current = start(tasks, "SEND_TO_CHECK", null, at, stageDue);
                case "SEND_TO_CHECK" -> current = start(tasks, "CHECK", text(details, "inspectorId"), at, stageDue);
                case "CHECK_PASS" -> current = start(tasks, "CLOSE", null, at, stageDue);
                case "CLOSE" -> closed = true;
                case "APPROVE_REQUEST" -> {
                    var request = text(details, "request");
                    if ("RETURN".equals(request)) {
                        ended.returned = true;
                        current = start(tasks, "DISPATCH", null, at, stageDue);
                    } else if (current != null && "EXTENSION".equals(request)) {
                        current.extended = true;
                        current.due = details.hasNonNull("newDue") ? Instant.parse(details.get("newDue").asString()) : current.due;
                    } else if (current != null && "SUSPENSION".equals(request)) {
                        current.suspended = true;
                        current.suspendedNow = true;
                    }
                }
                case "RESUME" -> {
                    if (current != null) {
                        current.suspendedNow = false;
                        current.due = details.hasNonNull("newDue") ? Instant.parse(details.get("newDue").asString()) : current.due;
                    }
                }
                case "APPROVE_CANCEL" -> {
                    if (current != null) {
                        current.ended = at;
                        current.endMove = move;
                        current.cancelled = true;
                        current = null;
                    }
                    cancelled = true;
                }
                default -> { }
            }
        }
        if (current != null && "SUSPENDED".equals(kase.get("status").asString())) {
            current.suspendedNow = true;
        }
        count(kase, tasks, report, valid, filedAt, closed, cancelled);
    }

    private static Task start(List<Task> tasks, String kind, String subject, Instant at, Instant due) {
        var task = new Task(kind, subject, at, due);
        tasks.add(task);
        return task;
    }

    private void count(JsonNode kase, List<Task> tasks, Task report, Boolean valid, Instant filedAt, boolean closed,
            boolean cancelled) {
        if (report != null && report.subject != null) {
            add(report, SubjectKind.INSPECTOR, report.subject, Indicator.REPORTS, 1, 0);
            if (valid != null) {
                add(report, SubjectKind.INSPECTOR, report.subject, Indicator.VALID_REPORT_RATE, valid ? 1 : 0, 1);
            }
        }
        for (var t : tasks) {
            if (t.subject == null || t.kind.equals("REPORT")) {
                continue;
            }
            switch (t.kind) {
                case "VERIFY" -> onTime(t, SubjectKind.INSPECTOR, Indicator.ON_TIME_VERIFY_RATE);
                case "CHECK" -> onTime(t, SubjectKind.INSPECTOR, Indicator.ON_TIME_CHECK_RATE);
                case "ACCEPT", "SEND_TO_CHECK" -> {
                    if (t.done()) {
                        add(t, SubjectKind.OPERATOR, t.subject, Indicator.OPERATOR_VOLUME, 1, 0);
                    }
                    onTime(t, SubjectKind.OPERATOR, t.kind.equals("ACCEPT") ? Indicator.ON_TIME_VERIFY_SENDING_RATE
                            : Indicator.ON_TIME_CHECK_SENDING_RATE);
                }
                case "FILE" -> {
                    onTime(t, SubjectKind.SHIFT_LEADER, Indicator.ON_TIME_FILING_RATE);
                    if ("FILE".equals(t.endMove)) {
                        add(t, SubjectKind.SHIFT_LEADER, t.subject, Indicator.ACCURATE_FILING_RATE, cancelled ? 0 : 1, 1);
                    }
                }
                case "CLOSE" -> onTime(t, SubjectKind.SHIFT_LEADER, Indicator.ON_TIME_CLOSING_RATE);
                case "DISPATCH" -> {
                    onTime(t, SubjectKind.DISPATCHER, Indicator.ON_TIME_DISPATCH_RATE);
                    if ("DISPATCH".equals(t.endMove)) {
                        add(t, SubjectKind.DISPATCHER, t.subject, Indicator.DISPATCH_VOLUME, 1, 0);
                        boolean accurate = tasks.stream().filter(h -> h.kind.equals("HANDLE") && h.dispatch == t)
                                .noneMatch(h -> h.returned || h.reworked);
                        add(t, SubjectKind.DISPATCHER, t.subject, Indicator.ACCURATE_DISPATCH_RATE, accurate ? 1 : 0, 1);
                    }
                }
                case "HANDLE" -> {
                    var d = SubjectKind.DEPARTMENT;
                    add(t, d, t.subject, Indicator.DEPARTMENT_VOLUME, 1, 0);
                    add(t, d, t.subject, Indicator.HANDLE_RATE, "REPORT_HANDLED".equals(t.endMove) ? 1 : 0, 1);
                    add(t, d, t.subject, Indicator.EXTENSION_RATE, t.extended ? 1 : 0, 1);
                    add(t, d, t.subject, Indicator.RETURN_RATE, t.returned ? 1 : 0, 1);
                    onTime(t, d, Indicator.ON_TIME_HANDLE_RATE);
                    if (t.ended == null ? t.due(now) : t.due(t.ended)) {
                        add(t, d, t.subject, Indicator.OVERDUE_RATE, t.done() ? 0 : 1, 1);
                    }
                    if (t.suspended) {
                        add(t, d, t.subject, Indicator.SUSPENDED_COUNT, 1, 0);
                    }
                    if (t.reworked) {
                        add(t, d, t.subject, Indicator.REWORK_RATE, 1, 0);
                    }
                }
                default -> { }
            }
        }
        var handles = tasks.stream().filter(t -> t.kind.equals("HANDLE")).toList();
        if (!handles.isEmpty() && !cancelled && handles.get(handles.size() - 1).subject != null) {
            var department = handles.get(handles.size() - 1).subject;
            var first = handles.stream().filter(h -> department.equals(h.subject)).findFirst().orElseThrow();
            add(first, SubjectKind.DEPARTMENT, department, Indicator.CLOSE_RATE, closed ? 1 : 0, 1);
            add(first, SubjectKind.DEPARTMENT, department, Indicator.REWORK_RATE, 0, 1);
        }
        if (filedAt != null && in(filedAt)) {
            var source = kase.get("source").asString();
            boolean publicReport = source.equals("PUBLIC") || source.startsWith("HOTLINE");
            boolean closedOnTime = closed && handles.stream().allMatch(h -> h.done() && Boolean.TRUE.equals(h.onTime));
            for (var region : regions(kase)) {
                bump(region.getKey(), region.getValue(), Indicator.FILED, 1, 0);
                bump(region.getKey(), region.getValue(), Indicator.PUBLIC_REPORT_RATE, publicReport ? 1 : 0, 1);
                if (!cancelled) {
                    bump(region.getKey(), region.getValue(), Indicator.CLOSE_RATE, closed ? 1 : 0, 1);
                    bump(region.getKey(), region.getValue(), Indicator.ON_TIME_CLOSE_RATE, closedOnTime ? 1 : 0, 1);
                }
            }
        }
    }

    private static List<Map.Entry<SubjectKind, String>> regions(JsonNode kase) {
        return List.of(Map.entry(SubjectKind.UNIT_GRID, kase.get("unitGridCode").asString()),
                Map.entry(SubjectKind.COMMUNITY, kase.get("communityCode").asString()),
                Map.entry(SubjectKind.STREET, kase.get("streetCode").asString()),
                Map.entry(SubjectKind.DISTRICT, kase.get("streetCode").asString().substring(0, 6)));
    }

    private void onTime(Task t, SubjectKind kind, Indicator indicator) {
        if (t.ended == null ? t.due(now) : t.due(t.ended)) {
            add(t, kind, t.subject, indicator, t.done() && Boolean.TRUE.equals(t.onTime) ? 1 : 0, 1);
        }
    }

    private void add(Task t, SubjectKind kind, String subject, Indicator indicator, long num, long den) {
        if (in(t.started)) {
            bump(kind, subject, indicator, num, den);
        }
    }

    private boolean in(Instant at) {
        var day = LocalDate.ofInstant(at, zone);
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }

    private void bump(SubjectKind kind, String subject, Indicator indicator, long num, long den) {
        var f = figures.computeIfAbsent(kind, k -> new TreeMap<>()).computeIfAbsent(subject, s -> new TreeMap<>())
                .computeIfAbsent(indicator, i -> new long[2]);
        f[0] += num;
        f[1] += den;
    }

    private static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) || node.get(field).asString().equals("null") ? null
                : node.get(field).asString();
    }
}

package org.urbangrid.cases.internal;

import static org.urbangrid.cases.CaseMove.*;
import static org.urbangrid.cases.CaseStatus.*;
import static org.urbangrid.organization.Role.*;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.RequestKind;
import org.urbangrid.organization.Role;

/**
 * The one table of legal moves (DOMAIN §4): for each move, the states it may start from, the roles that may
 * make it, the state it leads to ({@code null}: the state stays, or the move decides, see {@link Case}) and
 * what it needs of a pending request. Every illegal move is refused here.
 */
public final class MoveTable {

    /** What a move needs of the case's pending request. */
    enum Pending { NONE, ANY_OR_NONE, HANDLING_REQUEST, CANCEL_REQUEST }

    record Row(CaseMove move, Set<CaseStatus> from, Set<Role> roles, CaseStatus to, Pending pending) {}

    private static final Set<CaseStatus> OPEN = CaseStatus.open();
    private static final Set<CaseStatus> NEW = Set.of();

    private static final Map<CaseMove, Row> ROWS = new EnumMap<>(CaseMove.class);

    static {
        row(REPORT,             NEW,                      roles(INSPECTOR, OPERATOR, LEADER), REPORTED,        Pending.NONE);
        row(HANDLE_ON_SPOT,     NEW,                      roles(INSPECTOR),                   CLOSED,          Pending.NONE);
        row(ACCEPT,             of(REPORTED),             roles(OPERATOR),                    PENDING_FILING,  Pending.NONE);
        row(SEND_TO_VERIFY,     of(REPORTED),             roles(OPERATOR),                    VERIFYING,       Pending.NONE);
        row(VERIFY_TRUE,        of(VERIFYING),            roles(INSPECTOR),                   PENDING_FILING,  Pending.NONE);
        row(VERIFY_FALSE,       of(VERIFYING),            roles(INSPECTOR),                   INVALID,         Pending.NONE);
        row(FILE,               of(PENDING_FILING),       roles(SHIFT_LEADER),                PENDING_DISPATCH, Pending.NONE);
        row(REFUSE,             of(PENDING_FILING),       roles(SHIFT_LEADER),                NOT_FILED,       Pending.NONE);
        row(DISPATCH,           of(PENDING_DISPATCH),     roles(DISPATCHER),                  DISPATCHED,      Pending.NONE);
        row(REPORT_HANDLED,     of(DISPATCHED),           roles(HANDLER),                     HANDLED,         Pending.ANY_OR_NONE);
        row(REQUEST_EXTENSION,  of(DISPATCHED),           roles(HANDLER),                     null,            Pending.NONE);
        row(REQUEST_RETURN,     of(DISPATCHED),           roles(HANDLER),                     null,            Pending.NONE);
        row(REQUEST_SUSPENSION, of(DISPATCHED),           roles(HANDLER),                     null,            Pending.NONE);
        row(APPROVE_REQUEST,    of(DISPATCHED),           roles(DISPATCHER),                  null,            Pending.HANDLING_REQUEST);
        row(REFUSE_REQUEST,     of(DISPATCHED),           roles(DISPATCHER),                  null,            Pending.HANDLING_REQUEST);
        row(RESUME,             of(SUSPENDED),            roles(DISPATCHER),                  DISPATCHED,      Pending.NONE);
        row(SEND_TO_CHECK,      of(HANDLED),              roles(OPERATOR),                    CHECKING,        Pending.NONE);
        row(CHECK_PASS,         of(CHECKING),             roles(INSPECTOR),                   PENDING_CLOSE,   Pending.NONE);
        row(CHECK_FAIL,         of(CHECKING),             roles(INSPECTOR),                   DISPATCHED,      Pending.NONE);
        row(CLOSE,              of(PENDING_CLOSE),        roles(SHIFT_LEADER),                CLOSED,          Pending.NONE);
        row(REQUEST_CANCEL,     OPEN,                     roles(DISPATCHER, OPERATOR),        null,            Pending.NONE);
        row(APPROVE_CANCEL,     OPEN,                     roles(SHIFT_LEADER),                CANCELLED,       Pending.CANCEL_REQUEST);
        row(REFUSE_CANCEL,      OPEN,                     roles(SHIFT_LEADER),                null,            Pending.CANCEL_REQUEST);
        row(URGE,               OPEN,                     roles(LEADER),                      null,            Pending.ANY_OR_NONE);
    }

    private MoveTable() {}

    /** The moves legal now from this state and pending request, whoever makes them. */
    public static List<CaseMove> legalFrom(CaseStatus status, RequestKind pending) {
        return ROWS.values().stream().filter(row -> allows(row, status, pending)).map(Row::move).toList();
    }

    /** The moves legal now that this role may make. */
    public static List<CaseMove> legalFor(CaseStatus status, RequestKind pending, Role role) {
        return ROWS.values().stream().filter(row -> allows(row, status, pending) && row.roles().contains(role))
                .map(Row::move).toList();
    }

    static Row row(CaseMove move) {
        return ROWS.get(move);
    }

    static boolean allows(Row row, CaseStatus status, RequestKind pending) {
        if (!row.from().contains(status)) {
            return false;
        }
        if (pending == RequestKind.CANCEL && row.pending() != Pending.CANCEL_REQUEST && row.move() != URGE) {
            return false;
        }
        return switch (row.pending()) {
            case NONE -> pending == null;
            case ANY_OR_NONE -> true;
            case HANDLING_REQUEST -> pending != null && pending != RequestKind.CANCEL;
            case CANCEL_REQUEST -> pending == RequestKind.CANCEL;
        };
    }

    private static void row(CaseMove move, Set<CaseStatus> from, Set<Role> roles, CaseStatus to, Pending pending) {
        ROWS.put(move, new Row(move, from, roles, to, pending));
    }

    private static Set<CaseStatus> of(CaseStatus... statuses) {
        return EnumSet.copyOf(Arrays.asList(statuses));
    }

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }
}

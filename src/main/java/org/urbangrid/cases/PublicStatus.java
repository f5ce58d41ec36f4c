package org.urbangrid.cases;

import java.util.EnumMap;
import java.util.Map;

/**
 * 公开状态: a case's state in the plain words a citizen reads (and an Open311 client's open/closed), one per
 * {@link CaseStatus}; the only place the two are mapped.
 */
public enum PublicStatus {
    /** 已收到: waiting for the centre. */
    RECEIVED(true),
    /** 核实中: the centre is checking the report on site. */
    VERIFYING(true),
    /** 已立案: accepted as a case, a department is being chosen. */
    ACCEPTED(true),
    /** 处置中: a department is fixing it. */
    IN_PROGRESS(true),
    /** 已处置: the department reports it fixed; the centre checks the fix. */
    HANDLED(true),
    /** 已办结 */
    CLOSED(false),
    /** 未受理: found not real, not the city's to handle, transferred back to a hotline, or cancelled. */
    NOT_ACCEPTED(false),
    /** 已合并: the same problem as an earlier report, followed there. */
    MERGED(false);

    private static final Map<CaseStatus, PublicStatus> OF = mapping();

    private final boolean open;

    PublicStatus(boolean open) {
        this.open = open;
    }

    /** Open311's {@code status}: open while anyone still works on it. */
    public boolean open() {
        return open;
    }

    public static PublicStatus of(CaseStatus status) {
        return OF.get(status);
    }

    private static Map<CaseStatus, PublicStatus> mapping() {
        var map = new EnumMap<CaseStatus, PublicStatus>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            map.put(status, switch (status) {
                case REPORTED -> RECEIVED;
                case VERIFYING, PENDING_FILING -> VERIFYING;
                case PENDING_DISPATCH -> ACCEPTED;
                case DISPATCHED, SUSPENDED -> IN_PROGRESS;
                case HANDLED, CHECKING, PENDING_CLOSE -> HANDLED;
                case CLOSED -> CLOSED;
                case INVALID, NOT_FILED, CANCELLED -> NOT_ACCEPTED;
                case MERGED -> MERGED;
            });
        }
        return map;
    }

    /**
     * Whether a move told the public something: the plain-word state changed, or the department answered (a fix
     * reported after a rework keeps 已处置 but is news), or a citizen said it was not fixed.
     */
    public static boolean publicFacing(CaseMove move, CaseStatus from, CaseStatus to) {
        if (move == CaseMove.REPORT || move == CaseMove.HANDLE_ON_SPOT || move == CaseMove.REPORT_HANDLED
                || move == CaseMove.REOPEN) {
            return true;
        }
        return from != null && to != null && of(from) != of(to);
    }
}

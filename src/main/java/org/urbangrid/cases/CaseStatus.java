package org.urbangrid.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case stands in GB/T 30428.8's life (立案、处置和结案). */
public enum CaseStatus {
    /** 待受理: reported, waiting for an operator. */
    REPORTED,
    /** 核实中: an inspector is verifying on site. */
    VERIFYING,
    /** 待立案: verified true, waiting for the shift leader. */
    PENDING_FILING,
    /** 不属实: verification found no such problem. */
    INVALID,
    /** 不予立案: the shift leader refused to file, with a reason. */
    NOT_FILED,
    /** 待派遣: filed, waiting for the dispatcher. */
    PENDING_DISPATCH,
    /** 处置中: a department is fixing it on its clock. */
    DISPATCHED,
    /** 挂账: suspended with approval; the clock is stopped. */
    SUSPENDED,
    /** 已处置: the department reported it fixed; waiting to be sent to check. */
    HANDLED,
    /** 核查中: an inspector checks the fix on site. */
    CHECKING,
    /** 待结案: check passed, waiting for the shift leader to close. */
    PENDING_CLOSE,
    /** 已结案 */
    CLOSED,
    /** 已作废: cancelled with the shift leader's approval. */
    CANCELLED,
    /** 已合并: a duplicate followed through its main case; not a case of its own in any count. */
    MERGED;

    private static final Set<CaseStatus> ENDED = EnumSet.of(INVALID, NOT_FILED, CLOSED, CANCELLED, MERGED);

    /** Still in someone's queue: not closed, cancelled, refused or found invalid. */
    public boolean isOpen() {
        return !ENDED.contains(this);
    }

    public static Set<CaseStatus> open() {
        return EnumSet.complementOf(EnumSet.copyOf(ENDED));
    }
}

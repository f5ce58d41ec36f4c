package org.urbangrid.assessment.ledger;

import org.urbangrid.deadline.Stage;

/**
 * What a ledger task is: a report (上报), or one stage of a case at one desk ({@link Stage}), each kept apart so
 * a stage met again (dispatch after a return, handling after rework) is a task of its own.
 */
public enum TaskKind {
    /** 上报: the report itself, attributed to the reporting inspector. */
    REPORT,
    /** 受理: an operator sends to verify or accepts for filing. */
    ACCEPT,
    /** 核实: the assigned inspector verifies. */
    VERIFY,
    /** 立案: the shift leader files or refuses. */
    FILE,
    /** 派遣: the dispatcher sends to a department. */
    DISPATCH,
    /** 处置: the lead department fixes it (again after rework, 返工). */
    HANDLE,
    /** 核查受理: an operator sends the handled case to check. */
    SEND_TO_CHECK,
    /** 核查: the assigned inspector checks the fix. */
    CHECK,
    /** 结案: the shift leader closes. */
    CLOSE
}

package org.urbangrid.deadline;

/** The clocked stages of a case (GB/T 30428.8), each with its own limit. */
public enum Stage {
    /** 受理: the operator sends the report to verify. */
    ACCEPT,
    /** 核实: the inspector verifies on site. */
    VERIFY,
    /** 立案: the shift leader files or refuses. */
    FILE,
    /** 派遣: the dispatcher sends it to a department. */
    DISPATCH,
    /** 处置: the department fixes it; the limit comes from the filing condition. */
    HANDLE,
    /** 核查受理: the operator sends the handled case to check. */
    SEND_TO_CHECK,
    /** 核查: the inspector checks the fix on site. */
    CHECK,
    /** 结案: the shift leader closes. */
    CLOSE
}

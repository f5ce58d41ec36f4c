package org.urbangrid.cases;

/** The intent-named moves of a case; which are legal from where, and for whom, is one table: {@code MoveTable}. */
public enum CaseMove {
    /** 上报 */
    REPORT,
    /** 受理: an inspector's own report goes straight to filing (it was seen on site). */
    ACCEPT,
    /** 派发核实 */
    SEND_TO_VERIFY,
    /** 核实属实 */
    VERIFY_TRUE,
    /** 核实不属实 */
    VERIFY_FALSE,
    /** 立案 */
    FILE,
    /** 不予立案 */
    REFUSE,
    /** 派遣 (lead + assisting departments) */
    DISPATCH,
    /** 先期处置/安全防护: the lead department reports the site made safe (first step of a two-step limit). */
    REPORT_MADE_SAFE,
    /** 处置反馈 */
    REPORT_HANDLED,
    /** 申请延期 */
    REQUEST_EXTENSION,
    /** 申请回退 */
    REQUEST_RETURN,
    /** 申请挂账 */
    REQUEST_SUSPENSION,
    /** 批准申请 (extension, return or suspension) */
    APPROVE_REQUEST,
    /** 驳回申请 */
    REFUSE_REQUEST,
    /** 恢复处置 */
    RESUME,
    /** 派发核查 */
    SEND_TO_CHECK,
    /** 核查通过 */
    CHECK_PASS,
    /** 核查不通过: rework by the same department (返工). */
    CHECK_FAIL,
    /** 结案 */
    CLOSE,
    /** 申请作废 */
    REQUEST_CANCEL,
    /** 批准作废 */
    APPROVE_CANCEL,
    /** 驳回作废 */
    REFUSE_CANCEL,
    /** 督办: a leader's opinion; no change of state. */
    URGE,
    /** 自行处置 / 当即办理: fixed by the inspector while reporting; closed at once and still counted. */
    HANDLE_ON_SPOT
}

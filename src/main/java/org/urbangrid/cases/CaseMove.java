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
    HANDLE_ON_SPOT,
    /** 退回热线: a 12345/12319 case the city cannot handle goes back to the hotline, with the reason. */
    TRANSFER_BACK,
    /** 合并: a later report of the same problem joins the earlier case (its reporter follows that case). */
    MERGE,
    /** 拆分: a merged report goes back to intake as a case of its own. */
    SEPARATE,
    /** 市民反映未解决: within a week of closing, the reporter says it is not fixed; the fix is checked again. */
    REOPEN,
    /** 公开审核: the centre has seen the citizen's text and photos; they may be shown publicly. */
    APPROVE_PUBLIC,
    /** 屏蔽: a photo or a phrase is hidden from public display, with the reason. */
    HIDE_PUBLIC
}

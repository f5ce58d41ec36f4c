package org.urbangrid.cases;

/** What a pending request asks for; one at a time per case. */
public enum RequestKind {
    /** 延期 */
    EXTENSION,
    /** 回退: wrong department, back to dispatch. */
    RETURN,
    /** 挂账: cannot be handled now; the clock stops. */
    SUSPENSION,
    /** 作废 */
    CANCEL
}

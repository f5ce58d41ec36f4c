package org.urbangrid.catalog;

/** 部件状态 */
public enum ComponentState {
    /** 完好 */
    INTACT,
    /** 破损 */
    DAMAGED,
    /** 丢失 */
    MISSING,
    /** 占用 */
    OCCUPIED
}

package org.urbangrid.cases;

/** 结案类型 */
public enum CloseKind {
    /** 正常结案 */
    NORMAL,
    /** 超时结案: handled after its deadline. */
    OVERTIME,
    /** 差错结案: closed as a mistake (wrong report or filing). */
    ERROR,
    /** 特殊结案: closed for a documented special reason. */
    SPECIAL,
    /** 自行处置结案 */
    ON_THE_SPOT
}

package org.urbangrid.catalog;

/** 部件 or 事件. Class codes carry it as their first letter: {@code C0101} 上水井盖, {@code E0101} 私搭乱建. */
public enum CategoryKind {
    /** 部件: a physical city component (manhole cover, street lamp …). */
    COMPONENT,
    /** 事件: a situation or behaviour (exposed rubbish, illegal advertising …). */
    EVENT
}

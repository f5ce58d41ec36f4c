package org.urbangrid.chiefs;

/** 路段 or 河段: what a segment is, and the matching distance it has unless it names its own. */
public enum SegmentKind {
    /** 路段 (路长制) */
    ROAD,
    /** 河段 (河长制) */
    RIVER
}

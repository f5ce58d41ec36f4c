package org.urbangrid.grid;

/** What a gazetteer entry names. */
public enum PlaceKind {
    /** 道路 */
    ROAD,
    /** 地点: squares, parks, markets, stations */
    PLACE,
    /** 建筑 / 小区 */
    BUILDING
}

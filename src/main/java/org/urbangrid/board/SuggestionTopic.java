package org.urbangrid.board;

/** 建议类别: what a suggestion is about. */
public enum SuggestionTopic {
    /** 市容环境 */
    CITY_APPEARANCE,
    /** 道路与设施 */
    ROADS_FACILITIES,
    /** 园林绿化 */
    GREENERY,
    /** 办事与服务 */
    SERVICE,
    /** 本平台 (this site, the hotline) */
    PLATFORM,
    /** 其他 */
    OTHER
}

package org.urbangrid.cases;

/** 案件来源: how a problem reached the centre. */
public enum CaseSource {
    /** 监督员上报 */
    INSPECTOR,
    /** 公众举报 (web page, app) */
    PUBLIC,
    /** 12345 市民服务热线 */
    HOTLINE_12345,
    /** 12319 城建服务热线 */
    HOTLINE_12319,
    /** 视频监控 */
    VIDEO,
    /** 领导交办 */
    LEADER,
    /** 媒体曝光 */
    MEDIA
}

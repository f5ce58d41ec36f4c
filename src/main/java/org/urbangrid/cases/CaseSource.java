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
    MEDIA,
    /**
     * 路长/河长直报: a road or river chief's finding on patrol, straight to the command centre like an inspector's
     * report (seen on site, with class and photo; accepted without verification). Allowed to whoever a
     * {@link DirectReporters} bean says is a chief at the position, whatever their role.
     */
    CHIEF;

    /** Whether the report was made by a person on site (an inspector or a chief): accepted without verification. */
    public boolean seenOnSite() {
        return this == INSPECTOR || this == CHIEF;
    }
}

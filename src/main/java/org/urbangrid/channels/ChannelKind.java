package org.urbangrid.channels;

import org.urbangrid.cases.CaseSource;

/** 渠道类型 */
public enum ChannelKind {
    /** 公众网页: the platform's own citizen pages (one channel, made at start-up). */
    WEB,
    /** 热线系统: a 12345 or 12319 hotline system exchanging work orders. */
    HOTLINE,
    /** Open311 客户端: an app or site speaking GeoReport v2. */
    OPEN311;

    /** Whether a channel of this kind may report as this source. */
    public boolean allows(CaseSource source) {
        return switch (this) {
            case WEB, OPEN311 -> source == CaseSource.PUBLIC;
            case HOTLINE -> source == CaseSource.HOTLINE_12345 || source == CaseSource.HOTLINE_12319;
        };
    }
}

package org.urbangrid.frontage;

/** 责任单位类别: the kinds of unit that sign a 门前三包 contract (seeds 003, 004). */
public enum UnitKind {
    /** 机关 */
    AGENCY("机关", "Government agency"),
    /** 团体 */
    ASSOCIATION("团体", "Association"),
    /** 学校 */
    SCHOOL("学校", "School"),
    /** 企事业单位 */
    ENTERPRISE("企事业单位", "Enterprise or institution"),
    /** 集贸市场 */
    MARKET("集贸市场", "Market"),
    /** 建筑工地 */
    CONSTRUCTION_SITE("建筑工地", "Construction site"),
    /** 停车场 */
    PARKING("停车场", "Car park"),
    /** 车站 */
    STATION("车站", "Station"),
    /** 个体工商户 */
    SHOP("个体工商户", "Shop"),
    /** 住宅小区 */
    RESIDENTIAL("住宅小区", "Residential quarter"),
    /** 医院 */
    HOSPITAL("医院", "Hospital"),
    /** 宾馆饭店 */
    HOTEL("宾馆饭店", "Hotel or restaurant");

    private final String zh;
    private final String en;

    UnitKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The kind by its name or its Chinese name (as an import file may write it); null when neither. */
    public static UnitKind parse(String text) {
        if (text == null) {
            return null;
        }
        for (var kind : values()) {
            if (kind.name().equalsIgnoreCase(text.strip()) || kind.zh.equals(text.strip())) {
                return kind;
            }
        }
        return null;
    }
}

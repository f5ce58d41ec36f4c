package org.urbangrid.duty;

/**
 * 责任类型: what a person or unit answers for at a place. The order is the order a page lists them in: the unit
 * before the door first, then the line's chiefs, then the grid's own people, then the chain above them.
 */
public enum Duty {
    /** 门前三包责任单位: the unit whose frontage (门前) it is. */
    FRONTAGE_UNIT("门前三包责任单位", "Frontage duty unit"),
    /** 门前三包监管部门: the department supervising units of that kind. */
    FRONTAGE_SUPERVISOR("门前三包监管部门", "Frontage supervisor"),
    /** 区级路长 / 河长 */
    CHIEF_DISTRICT("区级路长/河长", "District-level chief"),
    /** 街道级路长 / 河长 */
    CHIEF_STREET("街道级路长/河长", "Street-level chief"),
    /** 社区级 (城管) 路长 / 河长 */
    CHIEF_COMMUNITY("社区级路长/河长", "Community-level chief"),
    /** 网格责任人 */
    GRID_KEEPER("网格责任人", "Grid keeper"),
    /** 四位一体: 社区网格员 */
    TEAM_COMMUNITY_WORKER("社区网格员", "Community grid worker"),
    /** 四位一体: 执法队员 */
    TEAM_ENFORCEMENT("执法队员", "Law-enforcement officer"),
    /** 四位一体: 社区民警 */
    TEAM_POLICE("社区民警", "Community police officer"),
    /** 四位一体: 保洁员 */
    TEAM_SANITATION("保洁员", "Sanitation worker"),
    /** 网区督导单位 */
    ZONE_SUPERVISOR("网区督导单位", "Zone supervising unit"),
    /** 网区包扶领导 */
    ZONE_LEADER("网区包扶领导", "Zone patron leader"),
    /** 社区包楼院 */
    CHAIN_COMMUNITY("社区包楼院", "Community answers for the courtyard"),
    /** 街道包社区 */
    CHAIN_STREET("街道包社区", "Street answers for the community"),
    /** 区包街道 */
    CHAIN_DISTRICT("区包街道", "District answers for the street");

    private final String zh;
    private final String en;

    Duty(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Whether the duty is one of the three levels of road and river chiefs (路长制 / 河长制). */
    public boolean isChief() {
        return this == CHIEF_DISTRICT || this == CHIEF_STREET || this == CHIEF_COMMUNITY;
    }

    /** Whether the duty is one link of the chain 区包街道 → 街道包社区 → 社区包楼院. */
    public boolean isChain() {
        return this == CHAIN_COMMUNITY || this == CHAIN_STREET || this == CHAIN_DISTRICT;
    }
}

package org.urbangrid.organization;

/** What kind of unit a department is. */
public enum DepartmentKind {
    /** 街道办事处 / 地区: answers for everything in its street not owned by a bureau. */
    STREET_OFFICE,
    /** 职能部门: a bureau of the district (城市管理局, 市政园林局 …). */
    BUREAU,
    /** 权属单位: a utility that owns components (电力, 通讯, 燃气, 供水, 热力). */
    UTILITY,
    /** 监督中心 / 指挥中心: the centres themselves. */
    CENTRE
}

package org.urbangrid.assessment;

/** What is assessed (考核对象): a person in a role, a department, or a region of the grid tree. */
public enum SubjectKind {
    /** 监督员 */
    INSPECTOR,
    /** 受理员 */
    OPERATOR,
    /** 值班长 */
    SHIFT_LEADER,
    /** 派遣员 */
    DISPATCHER,
    /** 专业部门 (处置单位) */
    DEPARTMENT,
    /** 单元网格 */
    UNIT_GRID,
    /** 社区 */
    COMMUNITY,
    /** 街道 */
    STREET,
    /** 区 */
    DISTRICT;

    public boolean isRegion() {
        return ordinal() >= UNIT_GRID.ordinal();
    }

    public boolean isPerson() {
        return ordinal() <= DISPATCHER.ordinal();
    }
}

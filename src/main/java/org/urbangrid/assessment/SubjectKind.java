package org.urbangrid.assessment;

/**
 * What is assessed (考核对象): a person in a role, a department, a subject "by place" (a road or river segment, its
 * chiefs, a grid's keeper: a case counts for them by where it lies), or a region of the grid tree.
 */
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
    /** 路段/河段: a road segment or river reach (id {@code segment:<placeId>}), by the cases within its reach. */
    SEGMENT,
    /** 路长/河长: a road or river chief at any level (id the chief's duty key, {@code chief:12}). */
    CHIEF,
    /** 网格责任人: a unit grid's keeper (id the keeper's duty key, {@code keeper:7}). */
    GRID_KEEPER,
    /** 单元网格 */
    UNIT_GRID,
    /** 社区 */
    COMMUNITY,
    /** 街道 */
    STREET,
    /** 区 */
    DISTRICT;

    /** A level of the grid tree: counted per unit grid and summed up to its community, street and district. */
    public boolean isRegion() {
        return switch (this) {
            case UNIT_GRID, COMMUNITY, STREET, DISTRICT -> true;
            default -> false;
        };
    }

    /** A member of staff in a desk role, whose subject id is their staff id. */
    public boolean isPerson() {
        return switch (this) {
            case INSPECTOR, OPERATOR, SHIFT_LEADER, DISPATCHER -> true;
            default -> false;
        };
    }

    /**
     * A subject by place (属地责任): who answers for where a case lies, read from {@code duty.WhoAnswers} when the
     * ledger counts the case, and stored under its own kind (not summed from unit grids).
     */
    public boolean isByPlace() {
        return switch (this) {
            case SEGMENT, CHIEF, GRID_KEEPER -> true;
            default -> false;
        };
    }
}

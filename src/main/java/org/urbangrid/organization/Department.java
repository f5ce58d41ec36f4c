package org.urbangrid.organization;

import org.urbangrid.platform.Localized;

/**
 * 部门 / 处置单位: a unit cases are dispatched to — a street office, a bureau, a utility owner.
 *
 * @param streetCode for a street office (街道办事处), the 9-digit street it answers for; otherwise null
 */
public record Department(long id, String code, String name, String nameEn, DepartmentKind kind, String streetCode,
        boolean active) implements Localized {}

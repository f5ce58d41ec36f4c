package org.urbangrid.catalog;

/**
 * 部件: one registered city component.
 *
 * @param code 16 digits: county (6) + major class (2) + minor class (2) + serial (6)
 * @param classCode e.g. {@code C0101}
 */
public record ComponentRecord(String code, String classCode, String name, double latitude, double longitude,
        String unitGridCode, Long ownerDepartmentId, Long maintainerDepartmentId, ComponentState state) {}

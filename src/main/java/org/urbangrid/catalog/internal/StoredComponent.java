package org.urbangrid.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.urbangrid.catalog.ComponentRecord;
import org.urbangrid.catalog.ComponentState;

/** A stored component with everything the register keeps (部件普查信息). */
public record StoredComponent(String code, String classCode, String className, String name, double latitude,
        double longitude, String unitGridCode, Long ownerDepartmentId, Long maintainerDepartmentId,
        ComponentState state, String material, LocalDate surveyDate, String source, Instant importedAt) {

    ComponentRecord record() {
        return new ComponentRecord(code, classCode, name, latitude, longitude, unitGridCode, ownerDepartmentId,
                maintainerDepartmentId, state);
    }
}

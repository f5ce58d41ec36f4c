package org.urbangrid.catalog.internal;

import java.time.LocalDate;

import org.urbangrid.catalog.ComponentState;

/** A validated component, ready to store, with its unit grid found from its position. */
record NewComponent(String code, String classCode, String name, double latitude, double longitude,
        String unitGridCode, Long ownerDepartmentId, Long maintainerDepartmentId, ComponentState state,
        String material, LocalDate surveyDate, String source) {}

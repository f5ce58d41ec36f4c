package org.urbangrid.catalog.internal;

import org.urbangrid.catalog.ComponentState;

/** Filters and page of a component search; null filters match everything. */
public record ComponentQuery(String unitGridCode, String classCode, ComponentState state, int page, int size) {}

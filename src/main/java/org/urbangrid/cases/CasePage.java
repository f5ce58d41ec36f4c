package org.urbangrid.cases;

import java.util.List;

/** One page of cases. */
public record CasePage(List<CaseSummary> items, int page, int size, long total) {}

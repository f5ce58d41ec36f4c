package org.urbangrid.cases.internal;

import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.cases.ScopedCaseReads;

/** {@link ScopedCaseReads}: the rows read as they are, the caller having checked the scope. */
@Component
class ScopedCaseReader implements ScopedCaseReads {

    private final Cases cases;
    private final CaseViews views;

    ScopedCaseReader(Cases cases, CaseViews views) {
        this.cases = cases;
        this.views = views;
    }

    @Override
    public List<CaseSummary> summariesInCheckedScope(List<Long> caseIds) {
        return cases.load(caseIds).stream().map(views::summary).toList();
    }
}

package org.urbangrid.assessment.web;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.urbangrid.assessment.AssessmentTestSource;
import org.urbangrid.assessment.InMemoryIndicatorSource;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.support.IntegrationTest;

/** The assessment web tests' context: the whole application with the in-memory ledger as its IndicatorSource. */
abstract class AssessmentWebTest extends IntegrationTest {

    @TestBean(methodName = "org.urbangrid.assessment.AssessmentTestSource#indicatorSource")
    IndicatorSource indicatorSource;

    protected final InMemoryIndicatorSource source = AssessmentTestSource.SOURCE;

    @BeforeEach
    void emptyLedger() {
        source.clear();
    }
}

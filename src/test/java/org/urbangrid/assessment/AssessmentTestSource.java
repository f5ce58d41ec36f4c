package org.urbangrid.assessment;

/**
 * The one in-memory ledger the assessment web tests put in the application context (with {@code @TestBean}); each
 * test clears it first. Web tests share one context, hence one instance.
 */
public final class AssessmentTestSource {

    public static final InMemoryIndicatorSource SOURCE = new InMemoryIndicatorSource();

    private AssessmentTestSource() {}

    public static IndicatorSource indicatorSource() {
        return SOURCE;
    }
}

package org.urbangrid.assessment.internal.publication;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.annotation.Import;
import org.urbangrid.support.IntegrationTest;

/** The whole application with the test-only rankings and ledger of {@link FakeAssessment}; one shared context. */
@Import(FakeAssessment.class)
abstract class PublicationTestBase extends IntegrationTest {

    @BeforeEach
    void freshFigures() {
        FakeAssessment.moves.set(0);
        FakeAssessment.published.clear();
    }

    static String publish(String period) {
        return "{\"period\":\"" + period + "\"}";
    }

    static String correct(String period, String reason) {
        return "{\"period\":\"" + period + "\",\"reason\":\"" + reason + "\"}";
    }
}

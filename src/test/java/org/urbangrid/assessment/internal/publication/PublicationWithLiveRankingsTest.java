package org.urbangrid.assessment.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.assessment.Indicator.CLOSE_RATE;
import static org.urbangrid.assessment.Indicator.DEPARTMENT_VOLUME;
import static org.urbangrid.assessment.Indicator.ON_TIME_HANDLE_RATE;
import static org.urbangrid.assessment.Indicator.REWORK_RATE;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.urbangrid.assessment.AssessmentTestSource;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.InMemoryIndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Publication over the real rankings (the formula in force, the scorer) and the in-memory ledger the assessment
 * web tests use: what is frozen is what the rankings said, and a changed ledger changes the live ranking only.
 */
class PublicationWithLiveRankingsTest extends IntegrationTest {

    static final Period OCT_2025 = Period.parse("2025-10");

    @TestBean(methodName = "org.urbangrid.assessment.AssessmentTestSource#indicatorSource")
    IndicatorSource indicatorSource;

    final InMemoryIndicatorSource source = AssessmentTestSource.SOURCE;

    @Autowired
    Rankings rankings;

    @BeforeEach
    void emptyLedger() {
        source.clear();
    }

    @Test
    void the_published_month_is_what_the_rankings_said_then_and_stays_so() throws Exception {
        ledger(40, 2);
        source.putBehind(SubjectKind.DEPARTMENT, "901", OCT_2025, ON_TIME_HANDLE_RATE, IndicatorSource.Part.SHORTFALL,
                new IndicatorSource.CaseBehind(77001, "2025100077", "DISPATCHED", "超期 9 小时"));
        var then = rankings.ranking(SubjectKind.DEPARTMENT, OCT_2025);
        assertThat(api.post("leader", "/api/assessment/publications", "{\"period\":\"2025-10\"}")).hasStatus(201);

        source.clear();
        ledger(10, 30);
        var now = rankings.ranking(SubjectKind.DEPARTMENT, OCT_2025);
        assertThat(now.rows()).extracting(r -> r.score()).isNotEqualTo(then.rows().stream().map(r -> r.score()).toList());

        var read = Api.body(api.get("handler", "/api/assessment/publications/2025-10"));
        List<String> names = JsonPath.read(read, "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].rows[*].name");
        List<Double> scores = JsonPath.read(read, "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].rows[*].score");
        assertThat(names).containsExactlyElementsOf(then.rows().stream().map(r -> r.subject().name()).toList());
        assertThat(scores).containsExactlyElementsOf(then.rows().stream().map(r -> r.score()).toList());
        List<Integer> formula = JsonPath.read(read, "$.snapshot.rankings[?(@.kind=='DEPARTMENT')].formulaVersion");
        assertThat(formula.get(0).longValue()).isEqualTo(then.formulaVersion());
        var bytes = api.get("handler", "/api/assessment/publications/2025-10/snapshot.json").getResponse()
                .getContentAsByteArray();
        assertThat(SnapshotCodec.sha256(new String(bytes, StandardCharsets.UTF_8)))
                .isEqualTo(JsonPath.read(read, "$.publication.contentHash"));

        try (var pdf = Loader.loadPDF(api.get("handler", "/api/assessment/notice.pdf?period=2025-10").getResponse()
                .getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("环卫", "水务局", "2025100077", "超期 9 小时", Notice.score(then.rows().get(0).score()));
        }
    }

    /** Two departments; the sanitation one handles {@code onTime} of 50 on time and has {@code rework} reworked. */
    private void ledger(int onTime, int rework) {
        source.put(SubjectKind.DEPARTMENT, OCT_2025, "901", "环卫", 60, DEPARTMENT_VOLUME, 60, 0, CLOSE_RATE, 45, 50,
                ON_TIME_HANDLE_RATE, onTime, 50, REWORK_RATE, rework, 50);
        source.put(SubjectKind.DEPARTMENT, OCT_2025, "902", "水务局", 20, DEPARTMENT_VOLUME, 20, 0, CLOSE_RATE, 20, 20,
                ON_TIME_HANDLE_RATE, 18, 20, REWORK_RATE, 0, 20);
    }
}

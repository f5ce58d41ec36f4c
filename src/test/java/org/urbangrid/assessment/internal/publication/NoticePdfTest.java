package org.urbangrid.assessment.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.support.Api;

/** 考核通报 PDF: opened with PDFBox, its text holds the Chinese words and the ranking's numbers, in the bundled font. */
class NoticePdfTest extends PublicationTestBase {

    @Test
    void a_published_notice_names_version_hash_rankings_overdue_cases_and_failing_units() throws IOException {
        var period = Period.parse("2026-04");
        var departments = FakeAssessment.ranking(SubjectKind.DEPARTMENT, period);
        var streets = FakeAssessment.ranking(SubjectKind.STREET, period);
        var created = api.post("leader", "/api/assessment/publications", publish("2026-04"));
        assertThat(created).hasStatus(201);
        FakeAssessment.moves.addAndGet(4);

        var download = api.get("handler", "/api/assessment/notice.pdf?period=2026-04");
        assertThat(download).hasStatus(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("城市管理综合考核通报", "2026-04", "已发布 第 1 版",
                    Api.<String>read(created, "$.contentHash"), "专业部门排名", "街道排名", "监督员排名",
                    "连续三期不合格");
            for (var row : departments.rows()) {
                assertThat(text).contains(row.subject().name(), Notice.score(row.score()));
            }
            for (var row : streets.rows()) {
                assertThat(text).contains(row.subject().name(), Notice.score(row.score()));
            }
            // the worst department at publication: its overdue cases, as the ledger named them then
            var worst = departments.rows().stream().max(java.util.Comparator.comparingLong(Publications::shortfall))
                    .orElseThrow();
            long firstCase = 1000L * Integer.parseInt(worst.subject().id().substring(1));
            assertThat(text).contains("2026" + String.format("%06d", firstCase), "超期 2 小时", "处置中");
            assertThat(text).contains("↑1", "↓1");
            assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("WenQuanYi");
            });
        }
    }

    @Test
    void an_unpublished_notice_is_a_preview_for_those_who_steer() throws IOException {
        var download = api.get("leader", "/api/assessment/notice.pdf?period=2026-03");
        assertThat(download).hasStatus(200);
        try (var pdf = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("未发布", "环卫所", "景山街道", "张伟", "王芳", "不参与排名");
            assertThat(text).doesNotContain("内容哈希");
        }
        assertThat(api.get("handler", "/api/assessment/notice.pdf?period=2026-03")).hasStatus(403);
        assertThat(api.get("leader", "/api/assessment/notice.pdf?period=2026-13")).hasStatus(400);
        assertThat(mvc.get().uri("/api/assessment/notice.pdf?period=2026-03").exchange()).hasStatus(401);
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void an_older_version_stays_readable_and_says_it_was_corrected() throws IOException {
        var period = Period.parse("2025-12");
        var first = FakeAssessment.ranking(SubjectKind.DEPARTMENT, period).rows().get(0);
        assertThat(api.post("leader", "/api/assessment/publications", publish("2025-12"))).hasStatus(201);
        FakeAssessment.moves.addAndGet(6);
        var second = FakeAssessment.ranking(SubjectKind.DEPARTMENT, period).rows().get(0);
        assertThat(api.post("leader", "/api/assessment/publications", correct("2025-12", "返工案卷重新核查"))).hasStatus(201);

        try (var pdf = Loader.loadPDF(api.get("handler", "/api/assessment/notice.pdf?period=2025-12&version=1")
                .getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("已发布 第 1 版", "已由第 2 版更正", Notice.score(first.score()))
                    .doesNotContain(Notice.score(second.score()));
        }
        try (var pdf = Loader.loadPDF(api.get("handler", "/api/assessment/notice.pdf?period=2025-12")
                .getResponse().getContentAsByteArray())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("已发布 第 2 版", "返工案卷重新核查", Notice.score(second.score()))
                    .doesNotContain("已由第");
        }
        assertThat(api.get("handler", "/api/assessment/notice.pdf?period=2025-12&version=3")).hasStatus(404);
    }

    @Test
    void the_notice_speaks_english_when_asked() throws IOException {
        var download = mvc.get().uri("/api/assessment/notice.pdf?period=2026-01")
                .header("Authorization", "Bearer " + api.token("leader")).header("Accept-Language", "en").exchange();
        assertThat(download).hasStatus(200);
        try (var pdf = Loader.loadPDF(download.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("city management assessment notice",
                    "Departments ranking", "Not published", "环卫所");
        }
    }
}

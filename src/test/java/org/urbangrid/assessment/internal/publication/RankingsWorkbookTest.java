package org.urbangrid.assessment.internal.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.support.Api;

/** 排名导出: the .xlsx opened with POI holds the same numbers as the ranking, published or live. */
class RankingsWorkbookTest extends PublicationTestBase {

    @Test
    void a_published_month_exports_its_snapshot_even_after_cases_moved() throws IOException {
        var period = Period.parse("2026-06");
        var atPublication = FakeAssessment.ranking(SubjectKind.DEPARTMENT, period);
        var created = api.post("leader", "/api/assessment/publications", publish("2026-06"));
        assertThat(created).hasStatus(201);
        FakeAssessment.moves.addAndGet(3);

        var download = api.get("handler", "/api/assessment/rankings.xlsx?period=2026-06");
        assertThat(download).hasStatus(200);
        assertThat(download.getResponse().getContentType()).startsWith(ExportController.XLSX.toString());
        assertThat(download.getResponse().getHeader("Content-Disposition")).contains("rankings-2026-06.xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + SubjectKind.values().length);
            var cover = workbook.getSheetAt(0);
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo("已发布 第 1 版");
            assertThat(cover.getRow(3).getCell(1).getStringCellValue()).isEqualTo(Api.<String>read(created, "$.contentHash"));
            matches(workbook.getSheet("专业部门"), atPublication);
            int onTime = Indicator.of(SubjectKind.DEPARTMENT).indexOf(Indicator.ON_TIME_HANDLE_RATE);
            var header = workbook.getSheet("专业部门").getRow(0);
            assertThat(header.getCell(RankingsWorkbook.FIRST_INDICATOR_COLUMN + 3 * onTime).getStringCellValue())
                    .isEqualTo("按期处置率");
            assertThat(header.getCell(RankingsWorkbook.FIRST_INDICATOR_COLUMN + 3 * onTime + 2).getStringCellValue())
                    .isEqualTo("按期处置率 分母");
            matches(workbook.getSheet("街道"), FakeAssessment.rankingAt(SubjectKind.STREET, period, 0));
        }
    }

    @Test
    void an_unpublished_month_exports_the_live_rankings_to_those_who_steer() throws IOException {
        FakeAssessment.moves.set(2);
        var live = FakeAssessment.ranking(SubjectKind.INSPECTOR, Period.parse("2026-05"));
        var download = api.get("dispatcher", "/api/assessment/rankings.xlsx?period=2026-05");
        assertThat(download).hasStatus(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).contains("未发布");
            matches(workbook.getSheet("监督员"), live);
            assertThat(live.rows().get(2).rank()).isNull();
        }
        assertThat(api.get("handler", "/api/assessment/rankings.xlsx?period=2026-05")).hasStatus(403);
        assertThat(api.get("inspector", "/api/assessment/rankings.xlsx?period=2026-05")).hasStatus(403);
        assertThat(api.get("leader", "/api/assessment/rankings.xlsx")).hasStatus(400);
        assertThat(mvc.get().uri("/console/assessment/rankings.xlsx?period=2026-05").with(user("leader").roles("LEADER"))
                .exchange()).hasStatus(200);
    }

    private static void matches(Sheet sheet, Ranking ranking) {
        assertThat(sheet).isNotNull();
        var indicators = Indicator.of(ranking.kind());
        assertThat(sheet.getLastRowNum()).isEqualTo(ranking.rows().size());
        for (int i = 0; i < ranking.rows().size(); i++) {
            var expected = ranking.rows().get(i);
            var row = sheet.getRow(i + 1);
            if (expected.rank() == null) {
                assertThat(row.getCell(0)).isNull();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("不参与排名");
            } else {
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(expected.rank().doubleValue());
            }
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(expected.subject().name());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.score());
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(expected.grade().name());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo((double) expected.caseCount());
            for (int k = 0; k < indicators.size(); k++) {
                var figure = expected.figures().get(indicators.get(k));
                int column = RankingsWorkbook.FIRST_INDICATOR_COLUMN + 3 * k;
                assertThat(row.getCell(column).getNumericCellValue()).isCloseTo(figure.value(), within(1e-12));
                assertThat(row.getCell(column + 1).getNumericCellValue()).isEqualTo((double) figure.numerator());
                assertThat(row.getCell(column + 2).getNumericCellValue()).isEqualTo((double) figure.denominator());
            }
        }
    }
}

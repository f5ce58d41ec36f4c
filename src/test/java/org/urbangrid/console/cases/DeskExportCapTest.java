package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The export cap (100,000 in production) with a cap of 3: a list of 3 is whole, a list of 5 stops at 3 and says so. */
@TestPropertySource(properties = "urbangrid.export.max-rows=3")
class DeskExportCapTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Test
    void an_export_stops_at_the_cap_and_says_so() throws Exception {
        for (int i = 0; i < 5; i++) {
            hotline("封顶测试甲" + i);
        }
        for (int i = 0; i < 3; i++) {
            hotline("封顶测试乙" + i);
        }
        var five = mvc.get().uri("/console/cases.xlsx?q={q}", "封顶测试甲").with(as("leader", "LEADER")).exchange();
        assertThat(five).hasStatusOk().hasHeader("X-Export-Capped", "3").hasHeader("X-Export-Rows", "3");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(five.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).as("rows after the header").isEqualTo(3);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).contains("只导出了前 3 行");
        }
        var three = mvc.get().uri("/console/cases.xlsx?q={q}", "封顶测试乙").with(as("leader", "LEADER")).exchange();
        assertThat(three).hasStatusOk().hasHeader("X-Export-Rows", "3").doesNotContainHeader("X-Export-Capped");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(three.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    private void hotline(String description) {
        var point = grids.centroidOf(DeskCases.GRID);
        var result = api.post("operator", "/api/cases", String.format(Locale.ROOT,
                "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,\"description\":\"%s\"}",
                point.latitude(), point.longitude(), description));
        assertThat(result).as(Api.body(result)).hasStatus(201);
    }
}

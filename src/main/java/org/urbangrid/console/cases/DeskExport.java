package org.urbangrid.console.cases;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Component;
import org.urbangrid.cases.CasePage;
import org.urbangrid.platform.PlatformProperties;

/**
 * 导出 Excel: a case list as an .xlsx workbook, read page after page along the list's own cursor (so the same
 * filter, order and scope as on screen) and written with POI's streaming workbook, which keeps only a window of
 * rows in memory. At most {@code urbangrid.export.max-rows} rows (100,000); past that the workbook says so on a
 * second sheet and the response carries {@code X-Export-Capped}. No personal data: the reporter's contact is never
 * exported, whoever asks.
 */
@Component
class DeskExport {

    /** Cases read per query (the largest page the case lists serve). */
    static final int CHUNK = 200;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final List<String> HEADERS = List.of("cases.col.number", "cases.col.status", "queues.col.source",
            "queues.col.class", "cases.col.what", "queues.col.description", "cases.col.address", "queues.col.street",
            "queues.col.lead", "queues.col.suggested", "queues.col.request", "queues.col.reported", "queues.col.due",
            "queues.col.time-left", "queues.col.urged");
    private static final int[] WIDTHS = {16, 9, 12, 14, 22, 40, 30, 12, 20, 20, 10, 17, 17, 14, 8};

    private final DeskCaseRows rows;
    private final DeskTexts texts;
    private final Clock clock;
    private final PlatformProperties platform;
    private final int maxRows;

    DeskExport(DeskCaseRows rows, DeskTexts texts, Clock clock, PlatformProperties platform,
            @Value("${urbangrid.export.max-rows:100000}") int maxRows) {
        this.rows = rows;
        this.texts = texts;
        this.clock = clock;
        this.platform = platform;
        this.maxRows = maxRows;
    }

    int maxRows() {
        return maxRows;
    }

    /**
     * Writes the list whose pages {@code pageAfter} reads (null: the first page; otherwise after that cursor).
     * The first page is read before anything is sent, so a refused request still gets its 4xx problem page.
     */
    void write(HttpServletResponse response, String name, Function<String, CasePage> pageAfter) throws IOException {
        var page = pageAfter.apply(null);
        var names = rows.names();
        var file = "urbangrid-" + name + "-" + DAY.format(clock.instant().atZone(platform.zone())) + ".xlsx";
        try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet(texts.get("queues.export.sheet"));
            header(workbook, sheet);
            int written = 0;
            boolean capped = false;
            outer:
            while (true) {
                for (var row : names.rows(page.items())) {
                    if (written == maxRows) {
                        capped = true;
                        break outer;
                    }
                    write(sheet.createRow(++written), row);
                }
                if (page.next() == null) {
                    break;
                }
                page = pageAfter.apply(page.next());
                if (written == maxRows && !page.items().isEmpty()) {
                    capped = true;
                    break;
                }
            }
            if (capped) {
                var note = workbook.createSheet(texts.get("queues.export.note-sheet"));
                note.createRow(0).createCell(0).setCellValue(texts.get("queues.export.capped", String.format("%,d", maxRows)));
                response.setHeader("X-Export-Capped", String.valueOf(maxRows));
            }
            response.setContentType(XLSX);
            response.setHeader("Content-Disposition",
                    ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Export-Rows", String.valueOf(written));
            workbook.write(response.getOutputStream());
            workbook.dispose();
        }
    }

    private void header(SXSSFWorkbook workbook, Sheet sheet) {
        CellStyle bold = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        var row = sheet.createRow(0);
        for (int i = 0; i < HEADERS.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(texts.get(HEADERS.get(i)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private void write(org.apache.poi.ss.usermodel.Row out, CaseRow r) {
        String[] values = {r.number(), texts.get("cases.status." + r.status().name()),
                r.source() == null ? "" : texts.get("cases.source." + r.source().name()), r.className(), r.what(),
                r.description(), r.address() == null ? "" : r.address(), r.street(), r.department(),
                r.suggestedDepartment(), r.pendingRequest() == null ? "" : texts.get("cases.request." + r.pendingRequest().name()),
                r.reportedAt(), r.due(), r.timeLeft(), r.urgeCount() == 0 ? "" : String.valueOf(r.urgeCount())};
        for (int i = 0; i < values.length; i++) {
            out.createCell(i).setCellValue(values[i]);
        }
    }
}

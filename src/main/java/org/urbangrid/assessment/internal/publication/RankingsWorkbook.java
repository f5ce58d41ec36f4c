package org.urbangrid.assessment.internal.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.Ranking;
import org.urbangrid.assessment.SubjectKind;

/**
 * 排名导出 (.xlsx): a cover sheet (period, published version and hash, or live preview) and one sheet per
 * {@link SubjectKind}: rank, change, name, id, score, grade, case count, then for each indicator of the kind its
 * value (a rate as a fraction shown in per cent, a count as the count), numerator and denominator.
 */
final class RankingsWorkbook {

    static final int FIRST_INDICATOR_COLUMN = 7;

    private RankingsWorkbook() {}

    static byte[] write(Publications.Shown shown, Words words) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            var score = workbook.createCellStyle();
            score.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            cover(workbook.createSheet(words.get("notice.xlsx.cover")), shown, words);
            for (var kind : SubjectKind.values()) {
                var ranking = shown.rankings().get(kind);
                if (ranking != null) {
                    kindSheet(workbook.createSheet(words.kind(kind)), ranking, words, percent, score);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(Sheet sheet, Publications.Shown shown, Words words) {
        line(sheet, 0, words.get("notice.period"), shown.period().toString());
        line(sheet, 1, words.get("notice.period.range"), shown.period().from() + " – " + shown.period().to());
        if (shown.published()) {
            var p = shown.publication();
            line(sheet, 2, words.get("notice.status"), words.get("notice.status.published", p.version()));
            line(sheet, 3, words.get("notice.hash"), p.contentHash());
            line(sheet, 4, words.get("notice.published-at"), p.publishedAt().toString());
            line(sheet, 5, words.get("notice.formula-versions"), p.formulaVersions());
            if (p.reason() != null) {
                line(sheet, 6, words.get("notice.reason"), p.reason());
            }
        } else {
            line(sheet, 2, words.get("notice.status"), words.get("notice.status.preview"));
        }
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 70 * 256);
    }

    private static void line(Sheet sheet, int index, String label, String value) {
        var row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }

    private static void kindSheet(Sheet sheet, Ranking ranking, Words words, CellStyle percent, CellStyle score) {
        var indicators = Indicator.of(ranking.kind());
        var header = sheet.createRow(0);
        String[] fixed = {"notice.col.rank", "notice.col.change", "notice.col.name", "notice.col.id",
                "notice.col.score", "notice.col.grade", "notice.col.cases"};
        for (int i = 0; i < fixed.length; i++) {
            header.createCell(i).setCellValue(words.get(fixed[i]));
        }
        int column = FIRST_INDICATOR_COLUMN;
        for (var indicator : indicators) {
            var name = words.indicator(indicator);
            header.createCell(column++).setCellValue(name);
            header.createCell(column++).setCellValue(name + " " + words.get("notice.col.numerator"));
            header.createCell(column++).setCellValue(name + " " + words.get("notice.col.denominator"));
        }
        int index = 1;
        for (var row : ranking.rows()) {
            subjectRow(sheet.createRow(index++), row, indicators, words, percent, score);
        }
        sheet.createFreezePane(3, 1);
        sheet.setColumnWidth(2, 24 * 256);
    }

    private static void subjectRow(Row cells, Ranking.Row row, java.util.List<Indicator> indicators, Words words,
            CellStyle percent, CellStyle score) {
        if (row.rank() != null) {
            cells.createCell(0).setCellValue(row.rank());
        }
        cells.createCell(1).setCellValue(words.change(row));
        cells.createCell(2).setCellValue(row.subject().name());
        cells.createCell(3).setCellValue(row.subject().id());
        var scoreCell = cells.createCell(4);
        scoreCell.setCellValue(row.score());
        scoreCell.setCellStyle(score);
        cells.createCell(5).setCellValue(row.grade() == null ? "" : row.grade().name());
        cells.createCell(6).setCellValue(row.caseCount());
        int column = FIRST_INDICATOR_COLUMN;
        for (var indicator : indicators) {
            var figure = row.figures().get(indicator);
            var value = figure == null ? null : figure.value();
            if (value != null) {
                var cell = cells.createCell(column);
                cell.setCellValue(value);
                if (indicator.rate()) {
                    cell.setCellStyle(percent);
                }
            }
            if (figure != null) {
                cells.createCell(column + 1).setCellValue(figure.numerator());
                cells.createCell(column + 2).setCellValue(figure.denominator());
            }
            column += 3;
        }
    }
}

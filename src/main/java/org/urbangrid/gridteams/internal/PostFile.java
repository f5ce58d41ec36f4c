package org.urbangrid.gridteams.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.urbangrid.duty.Duty;
import org.urbangrid.gridteams.GridTeams;
import org.urbangrid.gridteams.PostInput;
import org.urbangrid.platform.UrbanGridException;

/**
 * Reads an import file of posts: CSV (UTF-8, with or without a byte-order mark; fields may be quoted) or Excel
 * ({@code .xlsx}, the first sheet). The header names the columns, in any order: {@value #HEADER}. The duty is its key
 * ({@code GRID_KEEPER}) or its Chinese or English name (网格责任人); dates are {@code yyyy-MM-dd}.
 */
public final class PostFile {

    public static final String HEADER = "place,duty,name,phone,organisation,username,since,until,letter_signed_on,letter_ends_on";

    private static final List<String> COLUMNS = List.of(HEADER.split(","));

    /** One data row: its line in the file, what it says, and what could not be read. */
    public record Row(int line, PostInput input, List<GridTeams.Problem> problems) {}

    public record Parsed(List<Row> rows) {}

    private PostFile() {}

    public static Parsed read(String filename, byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw UrbanGridException.invalid("gridteams.error.file-empty");
        }
        var lines = isXlsx(filename, content) ? excel(content) : csv(content);
        if (lines.isEmpty()) {
            throw UrbanGridException.invalid("gridteams.error.file-empty");
        }
        var header = lines.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            at[i] = header.indexOf(COLUMNS.get(i));
        }
        for (var needed : List.of("place", "duty", "name")) {
            if (header.indexOf(needed) < 0) {
                throw UrbanGridException.invalid("gridteams.error.header", HEADER);
            }
        }
        if (lines.size() - 1 > maxRows) {
            throw UrbanGridException.invalid("gridteams.error.too-many-rows", maxRows);
        }
        var rows = new ArrayList<Row>();
        for (int n = 1; n < lines.size(); n++) {
            var cells = lines.get(n);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            var problems = new ArrayList<GridTeams.Problem>();
            var duty = duty(cell(cells, at[1]), problems);
            var input = new PostInput(cell(cells, at[0]), duty, cell(cells, at[2]), cell(cells, at[3]),
                    cell(cells, at[4]), cell(cells, at[5]), date("since", cell(cells, at[6]), problems),
                    date("until", cell(cells, at[7]), problems), date("letter_signed_on", cell(cells, at[8]), problems),
                    date("letter_ends_on", cell(cells, at[9]), problems));
            rows.add(new Row(n + 1, input, problems));
        }
        return new Parsed(rows);
    }

    private static String cell(List<String> cells, int index) {
        if (index < 0 || index >= cells.size()) {
            return null;
        }
        var value = cells.get(index);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Duty duty(String text, List<GridTeams.Problem> problems) {
        if (text == null) {
            problems.add(new GridTeams.Problem("duty", "gridteams.error.required", "duty"));
            return null;
        }
        for (var duty : GridTeams.POST_DUTIES) {
            if (duty.name().equalsIgnoreCase(text) || duty.zh().equals(text) || duty.en().equalsIgnoreCase(text)) {
                return duty;
            }
        }
        problems.add(new GridTeams.Problem("duty", "gridteams.error.duty"));
        return null;
    }

    private static LocalDate date(String column, String text, List<GridTeams.Problem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(new GridTeams.Problem(column, "gridteams.error.date", column, text));
            return null;
        }
    }

    private static boolean isXlsx(String filename, byte[] content) {
        // an .xlsx is a zip: PK\3\4
        return (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                || (content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4);
    }

    private static List<List<String>> excel(byte[] content) {
        var formatter = new DataFormatter(Locale.ROOT);
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            var sheet = book.getSheetAt(0);
            var lines = new ArrayList<List<String>>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        var cell = row.getCell(c);
                        if (cell == null) {
                            cells.add(null);
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                lines.add(cells);
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            throw UrbanGridException.invalid("gridteams.error.file-unreadable");
        }
    }

    private static List<List<String>> csv(byte[] content) {
        var text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text)) {
            return parse(reader);
        } catch (IOException e) {
            throw UrbanGridException.invalid("gridteams.error.file-unreadable");
        }
    }

    /** RFC 4180: commas, double-quoted fields with "" inside, CRLF or LF. */
    private static List<List<String>> parse(Reader in) throws IOException {
        var lines = new ArrayList<List<String>>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = in.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        if (next == -1) {
                            break;
                        }
                        in.reset();
                    }
                } else {
                    cell.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
                any = false;
            } else if (c != '\r') {
                cell.append((char) c);
            }
        }
        if (any || cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            lines.add(cells);
        }
        return lines;
    }

}

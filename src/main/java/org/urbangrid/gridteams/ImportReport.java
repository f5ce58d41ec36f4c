package org.urbangrid.gridteams;

import java.util.List;

/**
 * What an import of posts did: all rows stored, or nothing stored and every bad row named.
 *
 * @param rows the data rows read
 * @param stored how many posts were stored (0 when any row was bad)
 * @param problems every bad row: its line in the file (the header is line 1), the column and why
 */
public record ImportReport(int rows, int stored, List<Problem> problems) implements java.io.Serializable {

    public record Problem(int line, String column, String message) implements java.io.Serializable {}

    public boolean accepted() {
        return problems.isEmpty();
    }
}

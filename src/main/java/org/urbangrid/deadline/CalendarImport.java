package org.urbangrid.deadline;

import java.util.List;

/**
 * 节假日导入: what an import of a holiday notice stored.
 *
 * @param years the years whose special days were replaced by the file's
 * @param stored special days stored from the file
 * @param replaced special days of those years that were there before and are now gone
 */
public record CalendarImport(List<Integer> years, int stored, int replaced) {}

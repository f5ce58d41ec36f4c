package org.urbangrid.console.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.deadline.LimitUnit;

/**
 * What a move's form sends; each move's form shows only the fields that move reads.
 *
 * @param answerDue for urge: the day the leader expects an answer (city time, end of day)
 * @param next {@code queue}: after the move, open the next case of my queue ("处理并打开下一件")
 * @param mainCaseId for merge: the earlier case, one of the proposed duplicates
 * @param mainCaseNumber for merge: the earlier case by its number (typed, it wins over a proposed one picked)
 */
record MoveForm(Long version, String comment, Long inspectorId, Long departmentId, List<Long> assisting,
        String conditionCode, Integer amount, LimitUnit unit, CloseKind closeKind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerDue,
        List<MultipartFile> photos, String next, Long mainCaseId, String mainCaseNumber, String hiddenText, List<String> hiddenPhotoIds) {

    boolean openNext() {
        return "queue".equals(next);
    }

    List<MultipartFile> uploads() {
        return photos == null ? List.of() : photos.stream().filter(f -> f != null && !f.isEmpty()).toList();
    }

    MoveCommand toCommand(List<String> photoIds, ZoneId zone) {
        return toCommand(photoIds, zone, mainCaseId);
    }

    /** With the main case of a merge resolved (from its number when no proposed one was picked). */
    MoveCommand toCommand(List<String> photoIds, ZoneId zone, Long mainCase) {
        var extension = amount == null && unit == null ? null : new MoveCommand.Extension(amount, unit);
        var assistingIds = assisting == null ? Set.<Long>of()
                : assisting.stream().filter(id -> id != null && !id.equals(departmentId)).collect(java.util.stream.Collectors.toSet());
        return new MoveCommand(version, blank(comment), photoIds, departmentId, assistingIds, inspectorId,
                blank(conditionCode), extension, closeKind,
                answerDue == null ? null : answerDue.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1),
                mainCase, blank(hiddenText), hiddenPhotoIds == null ? null : List.copyOf(hiddenPhotoIds));
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

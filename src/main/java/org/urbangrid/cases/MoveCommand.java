package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.deadline.TimeLimit;

/**
 * What a person adds to a move; each move reads the fields its row of {@link MoveRules} names and refuses what
 * is missing (400 naming the field).
 *
 * @param expectedVersion when given, the move is refused (409) if the case changed since it was read
 * @param departmentId for dispatch: the lead department (default: the routing suggestion)
 * @param inspectorId for send-to-verify / send-to-check (default: the first inspector covering the grid)
 * @param conditionCode for file: the filing condition, when the report has none or it must be corrected
 * @param extension for request-extension: how much more time
 * @param answerDue for urge: when the leader expects an answer
 * @param mainCaseId for merge: the earlier case this report duplicates
 * @param hiddenText for hide-public: a phrase of the citizen's text to hide from public display
 * @param hiddenPhotoIds for hide-public: photos of the case to hide from public display
 */
public record MoveCommand(
        Long expectedVersion,
        @Size(max = 2000) String comment,
        @Size(max = 9) List<@Size(max = 64) String> photoIds,
        Long departmentId,
        @Size(max = 10) Set<Long> assistingDepartmentIds,
        Long inspectorId,
        @Pattern(regexp = "[CE]\\d{4}-\\d{2}") String conditionCode,
        @Valid Extension extension,
        CloseKind closeKind,
        Instant answerDue,
        Long mainCaseId,
        @Size(max = 200) String hiddenText,
        @Size(max = 20) List<@Size(max = 64) String> hiddenPhotoIds) {

    /** What every move but merging and hiding reads. */
    public MoveCommand(Long expectedVersion, String comment, List<String> photoIds, Long departmentId,
            Set<Long> assistingDepartmentIds, Long inspectorId, String conditionCode, Extension extension,
            CloseKind closeKind, Instant answerDue) {
        this(expectedVersion, comment, photoIds, departmentId, assistingDepartmentIds, inspectorId, conditionCode,
                extension, closeKind, answerDue, null, null, null);
    }

    /**
     * Extra time asked for, e.g. 2 WORK_DAYS; both are required, the amount bounded per unit by
     * {@link MoveRules#MAX_EXTENSION} (checked with the move, after its role and scope).
     */
    public record Extension(Integer amount, LimitUnit unit) {
        public TimeLimit toLimit() {
            return new TimeLimit(amount, unit);
        }
    }

    public static MoveCommand empty() {
        return new MoveCommand(null, null, null, null, null, null, null, null, null, null);
    }

    public List<String> photos() {
        return photoIds == null ? List.of() : photoIds;
    }

    public List<String> hiddenPhotos() {
        return hiddenPhotoIds == null ? List.of() : hiddenPhotoIds;
    }

    public Set<Long> assisting() {
        return assistingDepartmentIds == null ? Set.of() : assistingDepartmentIds;
    }
}

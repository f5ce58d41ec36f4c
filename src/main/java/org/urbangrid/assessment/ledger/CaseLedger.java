package org.urbangrid.assessment.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.urbangrid.cases.CaseSource;

/**
 * One case as the ledger sees it: its tasks and the case-level facts region indicators need.
 *
 * @param filedDay the city's date of 立案; null when never filed
 * @param reporterId the reporting staff member (an inspector for inspector reports)
 * @param latitude the case's position (WGS84), where {@link PlaceSubjects} asks who answers for it
 * @param merged a duplicate merged into an earlier case: not a case of its own in any count
 * @param places the subjects by place the case counts for (segments, chiefs, grid keepers), read when the ledger
 *        counted it ({@link PlaceSubjects#placed}); empty before, and for a case never filed
 */
public record CaseLedger(long caseId, String caseNumber, CaseSource source, long reporterId, double latitude,
        double longitude, String unitGridCode, String communityCode, String streetCode, List<LedgerTask> tasks,
        LocalDate filedDay, Instant filedAt, boolean closed, boolean cancelled, boolean merged,
        List<PlaceSubject> places) {

    public CaseLedger {
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** The same case counting for these subjects by place. */
    public CaseLedger withPlaces(List<PlaceSubject> places) {
        return new CaseLedger(caseId, caseNumber, source, reporterId, latitude, longitude, unitGridCode, communityCode,
                streetCode, tasks, filedDay, filedAt, closed, cancelled, merged, places);
    }

    public boolean filed() {
        return filedDay != null;
    }

    /** 公众举报: a citizen's report, on the web, the app or a hotline. */
    public boolean publicReport() {
        return source == CaseSource.PUBLIC || source == CaseSource.HOTLINE_12345 || source == CaseSource.HOTLINE_12319;
    }

    public List<LedgerTask> tasks(TaskKind kind) {
        return tasks.stream().filter(t -> t.kind() == kind).toList();
    }

    /** Closed with every handling task ended on time (按期结案). */
    public boolean closedOnTime() {
        return closed && tasks(TaskKind.HANDLE).stream().allMatch(LedgerTask::doneOnTime);
    }

    /** The department that had the case last (its lead at closing), or null when never dispatched. */
    public Long lastDepartment() {
        var handles = tasks(TaskKind.HANDLE);
        return handles.isEmpty() ? null : handles.get(handles.size() - 1).subjectId();
    }
}

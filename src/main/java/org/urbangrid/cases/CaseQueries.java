package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;

/** Reading cases, always within the viewer's scope. */
public interface CaseQueries {

    /** Search filters; null means any. */
    record Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
            Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number,
            String unitGridCode) {

        /** Any unit grid. */
        public Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
                Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number) {
            this(statuses, classCode, streetCode, communityCode, departmentId, source, reportedFrom, reportedTo, number,
                    null);
        }
    }

    CaseView view(long caseId);

    CaseView viewByNumber(String number);

    /** 我的任务: the acting person's work, soonest deadline first. */
    CasePage myTasks(int page, int size);

    /** 我的任务, narrowed by a filter (statuses, street, number …; null or empty fields mean any). */
    default CasePage myTasks(Filter filter, int page, int size) {
        return myTasks(filter, null, page, size);
    }

    /**
     * 我的任务 after a cursor: {@code after} is the {@link CasePage#next()} of the page before (then {@code page}
     * only numbers the page); without it {@code page} is an offset, kept for old clients.
     */
    CasePage myTasks(Filter filter, String after, int page, int size);

    /** 超期案件: open, running cases marked overdue (the marker runs once a minute), most overdue first. */
    default CasePage overdue(int page, int size) {
        return overdue(null, page, size);
    }

    CasePage overdue(String after, int page, int size);

    default CasePage search(Filter filter, int page, int size) {
        return search(filter, null, page, size);
    }

    /** Newest first; {@code after} as for {@link #myTasks(Filter, String, int, int)}. */
    CasePage search(Filter filter, String after, int page, int size);
}

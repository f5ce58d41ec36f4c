package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;

/** Reading cases, always within the viewer's scope. */
public interface CaseQueries {

    /** Search filters; null means any. */
    record Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
            Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number) {}

    CaseView view(long caseId);

    CaseView viewByNumber(String number);

    /** 我的任务: the acting person's work, soonest deadline first. */
    CasePage myTasks(int page, int size);

    /** 我的任务, narrowed by a filter (statuses, street, number …; null or empty fields mean any). */
    CasePage myTasks(Filter filter, int page, int size);

    /** 超期案件: open, running cases marked overdue (the marker runs once a minute), most overdue first. */
    CasePage overdue(int page, int size);

    CasePage search(Filter filter, int page, int size);
}

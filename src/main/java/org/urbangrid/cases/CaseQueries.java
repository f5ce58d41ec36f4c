package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.urbangrid.deadline.Light;

/** Reading cases, always within the viewer's scope. */
public interface CaseQueries {

    /**
     * Search filters; null means any. {@code number} matches a whole case number exactly and a part of one
     * (e.g. "0312", "20261201-00") anywhere in it; {@code keyword} (two characters and up) a part of the
     * description or the address.
     */
    record Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
            Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number,
            String unitGridCode, String keyword) {

        /** No keyword. */
        public Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
                Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number,
                String unitGridCode) {
            this(statuses, classCode, streetCode, communityCode, departmentId, source, reportedFrom, reportedTo, number,
                    unitGridCode, null);
        }

        /** Any unit grid. */
        public Filter(List<CaseStatus> statuses, String classCode, String streetCode, String communityCode,
                Long departmentId, CaseSource source, Instant reportedFrom, Instant reportedTo, String number) {
            this(statuses, classCode, streetCode, communityCode, departmentId, source, reportedFrom, reportedTo, number,
                    null);
        }
    }

    /** The most points {@link #mapPoints} returns at once. */
    int MAP_POINT_CAP = 5_000;

    /** An open case as a map point: WGS84 position, light (null without a running clock) and class. */
    record MapPoint(long id, String number, double latitude, double longitude, Light light, CaseStatus status,
            String classCode) {}

    /** The points in a box, soonest deadline first, and whether more matched than {@link #MAP_POINT_CAP}. */
    record MapPoints(List<MapPoint> points, boolean truncated) {}

    /** The orders a queue can be read in, each along an index ending in id (keyset paging per order). */
    enum Sort {
        /** Soonest deadline first, cases without a clock last (the default). */
        DEADLINE,
        /** Newest report first. */
        REPORTED,
        /** By street code, then soonest deadline. */
        STREET
    }

    /**
     * A tab of 我的任务: one status the viewer's queue spans and how many of its cases are in it, counted like the
     * list (capped at {@link CasePage#COUNT_CAP}); {@code usual} when the role works cases in this status as a
     * rule, not only on a pending request or once overdue.
     */
    record QueueTab(CaseStatus status, long count, boolean capped, boolean usual) {}

    CaseView view(long caseId);

    /** The id of the case with exactly this number, when the viewer may see it. */
    Optional<Long> visibleId(String number);

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
    default CasePage myTasks(Filter filter, String after, int page, int size) {
        return myTasks(filter, Sort.DEADLINE, after, page, size);
    }

    /** 我的任务 in the given order; a cursor is valid only for the order it was made in. */
    CasePage myTasks(Filter filter, Sort sort, String after, int page, int size);

    /** The viewer's queue per status (the filter's statuses ignored, its other fields applied), in workflow order. */
    List<QueueTab> queueTabs(Filter filter);

    /** Whether the viewer's queue holds cases for a pending request (延期/退回/挂账/作废申请). */
    boolean queueHoldsRequests();

    /**
     * 我的上报: the cases the acting person reported, newest first, within their street; {@code after} as for
     * {@link #myTasks(Filter, String, int, int)} (null for the first page).
     */
    CasePage myReports(String after, int size);

    /**
     * 下一件: the case after the position {@code (due, caseId)} in my queue's deadline order (the keyset of
     * {@link #myTasks}), the queue's first when none follows; empty when the queue holds nothing else. The desk's
     * "处理并打开下一件" passes the position the case held before its move took it out of the queue.
     */
    java.util.Optional<Long> nextTask(Instant due, long caseId);

    /** 超期案件: open, running cases marked overdue (the marker runs once a minute), most overdue first. */
    default CasePage overdue(int page, int size) {
        return overdue(null, page, size);
    }

    CasePage overdue(String after, int page, int size);

    /**
     * 地图: the open cases the viewer may see inside a WGS84 box (bounds inclusive), at most {@link #MAP_POINT_CAP},
     * read along the open-status deadline index.
     */
    MapPoints mapPoints(double minLng, double minLat, double maxLng, double maxLat);

    default CasePage search(Filter filter, int page, int size) {
        return search(filter, null, page, size);
    }

    /** Newest first; {@code after} as for {@link #myTasks(Filter, String, int, int)}. */
    CasePage search(Filter filter, String after, int page, int size);

    /**
     * 工单号: the hotline work-order numbers of these cases, only of those reported through the given account (a
     * hotline channel's) and carrying one; a case reported through any other account is simply absent. For the
     * hotline exchange, which must name the hotline's own ticket in every update while {@link PublicCase} carries
     * none. Checks no acting person: the account is the scope.
     */
    java.util.Map<Long, String> ticketNumbers(java.util.Collection<Long> caseIds, long reportedThrough);

    /**
     * 公开审核: the citizen reports whose text and photos the centre has not seen yet (not shown publicly), newest
     * first, within the viewer's street, read along {@code ix_cases_unseen (public_seen_at, reported_at, id)}; the
     * next page starts after {@code (beforeReportedAt, beforeId)}, the last case shown (both null: the first page).
     */
    List<CaseView> unseenPublic(Instant beforeReportedAt, Long beforeId, int limit);
}

package org.urbangrid.assessment;

import static org.urbangrid.assessment.SubjectKind.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 考核指标: every indicator of DOMAIN §6, what it is computed for, and whether it is a rate (numerator over
 * denominator) or a count. Definitions (numerator / denominator) are in {@code docs/assessment.md}; the words of
 * each are in the {@code assessment} message bundle ({@code indicator.CODE.name}, {@code .numerator},
 * {@code .denominator}).
 *
 * <p>Attribution: a task (a stage of a case at one desk) belongs to the period in which it was <em>started</em>
 * (the case arrived at the desk); it is <em>due</em> (应…数) once it has ended or its deadline has passed; it is
 * on time when it ended within its deadline (suspended time excluded, approved extensions included). A task not
 * yet due is in neither numerator nor denominator. Region figures, and those of the subjects by place (segments,
 * chiefs, grid keepers, {@link SubjectKind#isByPlace()}), are attributed to the day the case was filed.
 * {@code docs/assessment.md} has the full rules (who answers for a task, cancellation, suspension).
 */
public enum Indicator {

    // 监督员 inspector
    /** 上报数: reports made by the inspector (including 自行处置). */
    REPORTS(false, INSPECTOR),
    /** 有效上报率: reports filed (立案) or handled on the spot / reports that reached a decision. */
    VALID_REPORT_RATE(true, INSPECTOR),
    /** 按时核实率: verify tasks ended on time / verify tasks due. */
    ON_TIME_VERIFY_RATE(true, INSPECTOR),
    /** 按时核查率: check tasks ended on time / check tasks due (应核查数). */
    ON_TIME_CHECK_RATE(true, INSPECTOR),
    /**
     * 漏报率: filed cases in the inspector's area that others (public, hotline, other inspectors) reported and
     * verification confirmed, but the inspector did not report / filed cases in the area.
     */
    MISSED_RATE(true, INSPECTOR),

    // 受理员 operator
    /** 受理数: reports the operator accepted, sent to verify, or sent to check (tasks ended by the operator). */
    OPERATOR_VOLUME(false, OPERATOR),
    /** 按时派发核实率: accept tasks (REPORTED → verify / filing) ended on time / due. */
    ON_TIME_VERIFY_SENDING_RATE(true, OPERATOR),
    /** 按时派发核查率: send-to-check tasks ended on time / due. */
    ON_TIME_CHECK_SENDING_RATE(true, OPERATOR),

    // 值班长 shift leader
    /** 按时立案率: filing tasks (file or refuse) ended on time / due. */
    ON_TIME_FILING_RATE(true, SHIFT_LEADER),
    /** 准确立案率: (filed − later cancelled) / filed. */
    ACCURATE_FILING_RATE(true, SHIFT_LEADER),
    /** 按时结案率: closing tasks ended on time / due. */
    ON_TIME_CLOSING_RATE(true, SHIFT_LEADER),

    // 派遣员 dispatcher
    /** 派遣数: dispatches made. */
    DISPATCH_VOLUME(false, DISPATCHER),
    /** 按时派遣率: dispatch tasks ended on time / dispatch tasks due. */
    ON_TIME_DISPATCH_RATE(true, DISPATCHER),
    /** 准确派遣率: (dispatched − returned − reworked) / dispatch tasks due. */
    ACCURATE_DISPATCH_RATE(true, DISPATCHER),

    // 专业部门 department (handling tasks of cases it leads)
    /** 案件数: handling tasks started (cases dispatched to the department, again after rework). */
    DEPARTMENT_VOLUME(false, DEPARTMENT),
    /** 处置率: handling tasks reported handled / handling tasks started. */
    HANDLE_RATE(true, DEPARTMENT),
    /** 按期处置率: handling tasks ended within their limit (handled, or returned in time) / handling tasks due. */
    ON_TIME_HANDLE_RATE(true, DEPARTMENT),
    /**
     * 结案率: closed / due to close. Department: the cases it had last (lead at closing), not cancelled, attributed
     * to the day it first got them. Region and subject by place: cases filed (立案) there in the period, not
     * cancelled.
     */
    CLOSE_RATE(true, DEPARTMENT, SEGMENT, CHIEF, GRID_KEEPER, UNIT_GRID, COMMUNITY, STREET, DISTRICT),
    /** 返工率: handling tasks failed at check (返工) / cases due to close (as for {@link #CLOSE_RATE}). */
    REWORK_RATE(true, DEPARTMENT),
    /** 超期率 (超期待处置率): handling tasks past deadline and never handled (open, or cancelled late) / due. */
    OVERDUE_RATE(true, DEPARTMENT),
    /** 延期率: handling tasks with an approved extension / handling tasks started. */
    EXTENSION_RATE(true, DEPARTMENT),
    /** 回退率: handling tasks returned to dispatch / handling tasks started. */
    RETURN_RATE(true, DEPARTMENT),
    /** 挂账数: handling tasks suspended (approved 挂账) in the period. */
    SUSPENDED_COUNT(false, DEPARTMENT),

    // 区域 region, and the subjects by place (路段/河段, 路长/河长, 网格责任人): the same case-level figures
    /** 立案数: cases filed (立案) in the region in the period (per unit grid for the band score). */
    FILED(false, SEGMENT, CHIEF, GRID_KEEPER, UNIT_GRID, COMMUNITY, STREET, DISTRICT),
    /** 监督举报率: public (citizen, hotline) reports confirmed (filed) / filed cases. */
    PUBLIC_REPORT_RATE(true, SEGMENT, CHIEF, GRID_KEEPER, UNIT_GRID, COMMUNITY, STREET, DISTRICT),
    /** 按期结案率: cases closed with every handling task on time / cases filed in the period, not cancelled. */
    ON_TIME_CLOSE_RATE(true, SEGMENT, CHIEF, GRID_KEEPER, UNIT_GRID, COMMUNITY, STREET, DISTRICT);

    private final boolean rate;
    private final Set<SubjectKind> kinds;

    Indicator(boolean rate, SubjectKind first, SubjectKind... rest) {
        this.rate = rate;
        this.kinds = EnumSet.of(first, rest);
    }

    public boolean rate() {
        return rate;
    }

    public boolean appliesTo(SubjectKind kind) {
        return kinds.contains(kind);
    }

    public static List<Indicator> of(SubjectKind kind) {
        return Arrays.stream(values()).filter(i -> i.appliesTo(kind)).toList();
    }
}

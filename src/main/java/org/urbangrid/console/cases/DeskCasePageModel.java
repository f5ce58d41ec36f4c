package org.urbangrid.console.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.console.web.AnswersPanel;
import org.urbangrid.console.web.TimeLeftWords;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.deadline.WorkCalendars;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.Role;
import org.urbangrid.organization.StaffMember;

/** Everything the case page shows beside the case itself: names, photos before and after, the timeline, form choices. */
@Component
class DeskCasePageModel {

    private static final Set<CaseMove> AFTER = EnumSet.of(CaseMove.REPORT_MADE_SAFE, CaseMove.REPORT_HANDLED, CaseMove.CHECK_PASS,
            CaseMove.CHECK_FAIL, CaseMove.HANDLE_ON_SPOT);

    /** Desk staff, who work a queue case after case: their primary move has a "处理并打开下一件" twin. */
    static final Set<Role> OPENS_NEXT = EnumSet.of(Role.OPERATOR, Role.SHIFT_LEADER, Role.DISPATCHER);

    private final Catalog catalog;
    private final Organization organization;
    private final RoutingPolicy routing;
    private final DeskLookups lookups;
    private final DeskTexts texts;
    private final RoutingWords routingWords;
    private final TimeLeftWords timeWords;
    private final WorkCalendars calendars;
    private final CurrentStaff current;
    private final org.urbangrid.cases.PublicCases publicCases;
    private final AnswersPanel answers;

    DeskCasePageModel(Catalog catalog, Organization organization, RoutingPolicy routing, DeskLookups lookups, DeskTexts texts,
            RoutingWords routingWords, TimeLeftWords timeWords, WorkCalendars calendars, CurrentStaff current,
            org.urbangrid.cases.PublicCases publicCases, AnswersPanel answers) {
        this.publicCases = publicCases;
        this.answers = answers;
        this.catalog = catalog;
        this.organization = organization;
        this.routing = routing;
        this.lookups = lookups;
        this.texts = texts;
        this.routingWords = routingWords;
        this.timeWords = timeWords;
        this.calendars = calendars;
        this.current = current;
    }

    void addTo(Model model, CaseView kase) {
        var departments = lookups.departmentNames();
        model.addAttribute("kase", kase);
        model.addAttribute("condition", kase.conditionCode() == null ? null : catalog.condition(kase.conditionCode()).orElse(null));
        model.addAttribute("reporterName", staffName(kase.reporterId()));
        model.addAttribute("inspectorName", kase.assignedInspectorId() == null ? null : staffName(kase.assignedInspectorId()));
        model.addAttribute("leadName", kase.leadDepartmentId() == null ? null : departments.get(kase.leadDepartmentId()));
        model.addAttribute("assistingNames", kase.assistingDepartmentIds().stream().map(departments::get).toList());
        model.addAttribute("suggestedName", kase.suggestedDepartmentId() == null ? null : departments.get(kase.suggestedDepartmentId()));
        model.addAttribute("due", kase.clock() == null ? "" : texts.time(kase.clock().due()));
        model.addAttribute("timeLeft", texts.timeLeft(kase.clock()));
        model.addAttribute("sharePercent", kase.clock() == null ? 0 : Math.min(100, Math.round(kase.clock().shareUsed() * 100)));
        model.addAttribute("reportedAt", texts.time(kase.reportedAt()));
        // Limits: the handling limit (a hotline case's promise included), a two-step condition's first step.
        model.addAttribute("handlingLimitText", texts.limit(kase.handlingLimit()));
        model.addAttribute("safeLimitText", texts.limit(kase.safeLimit()));
        model.addAttribute("madeSafeAt", kase.madeSafeAt() == null ? null : texts.time(kase.madeSafeAt()));
        model.addAttribute("firstStepDue", kase.firstStep() == null ? "" : texts.time(kase.firstStep().due()));
        model.addAttribute("firstStepLeft", texts.timeLeft(kase.firstStep()));
        model.addAttribute("timeline", timeline(kase.history(), departments));
        model.addAttribute("photosBefore", photos(kase.history(), false));
        model.addAttribute("photosAfter", photos(kase.history(), true));
        model.addAttribute("moves", kase.yourMoves());
        // The move table decides: the forward move leads, the rest fold under 更多操作 (open when none leads).
        var primary = kase.primaryMove();
        model.addAttribute("primary", primary);
        model.addAttribute("otherMoves", kase.yourMoves().stream().filter(m -> m != primary).toList());
        model.addAttribute("opensNext", primary != null && OPENS_NEXT.contains(current.get().role()));
        model.addAttribute("routingReason", routingReason(kase, departments));
        var life = CaseLife.of(kase, (from, to) -> calendars.current().workBetween(from, to));
        model.addAttribute("life", life);
        if (life != null) {
            model.addAttribute("lifeElapsed", timeWords.duration(life.elapsed()));
            model.addAttribute("lifeWork", timeWords.duration(life.work()));
            model.addAttribute("lifeStages", life.stages().stream().map(st -> new StageRow(st.status().name(),
                    timeWords.duration(st.elapsed()), timeWords.duration(st.work()), st.late())).toList());
        }
        model.addAttribute("answers", answers(kase));
        addChoices(model, kase);
    }

    /**
     * 谁来负责 at the case's position and grids (the viewer may open the case, so may see who answers there); a leader
     * gets the link to urge along the chain (沿责任链督办) while the case is open and someone answers there.
     */
    private AnswersPanel.Panel answers(CaseView kase) {
        var viewer = current.get();
        var panel = answers.forCase(kase, viewer);
        if (viewer.role() == Role.LEADER && !panel.empty() && CaseStatus.open().contains(kase.status())) {
            panel = panel.withUrge("/console/cases/" + kase.id() + "/chain");
        }
        return panel;
    }

    /** A proposed duplicate's main case: number, metres away, when reported. */
    record DuplicateRow(long id, String number, int meters, String reportedAt, String address, String status) {}

    /** One row of a closed case's summary: a state, its time elapsed and in work time, late or not. */
    record StageRow(String status, String elapsed, String work, boolean late) {}

    /**
     * Why the proposed department: asked of the routing now for the case as it stands; when the rules have moved
     * on since filing (another department comes out), the plain sentence for the one proposed at filing.
     */
    private RoutingWords.Reason routingReason(CaseView kase, Map<Long, String> departments) {
        if (kase.suggestedDepartmentId() == null || kase.conditionCode() == null) {
            return null;
        }
        var now = routing.suggest(query(kase)).filter(s -> s.departmentId() == kase.suggestedDepartmentId());
        return routingWords.reason(kase, now.orElse(null), departments.get(kase.suggestedDepartmentId()));
    }

    private static RoutingQuery query(CaseView kase) {
        return new RoutingQuery(kase.classCode(), kase.conditionCode(), kase.unitGridCode(), kase.communityCode(),
                kase.streetCode(), kase.componentCode(), kase.latitude(), kase.longitude());
    }

    private void addChoices(Model model, CaseView kase) {
        var moves = kase.yourMoves();
        if (moves.contains(CaseMove.SEND_TO_VERIFY) || moves.contains(CaseMove.SEND_TO_CHECK)) {
            model.addAttribute("inspectors", organization.inspectorsCovering(kase.unitGridCode()));
        }
        if (moves.contains(CaseMove.DISPATCH)) {
            model.addAttribute("departments", lookups.activeDepartments());
        }
        if (moves.contains(CaseMove.FILE)) {
            model.addAttribute("conditions", kase.classCode() == null ? List.of() : catalog.conditionsOf(kase.classCode()));
            var suggestion = kase.conditionCode() == null ? null : routing.suggest(query(kase)).orElse(null);
            model.addAttribute("fileSuggestion", suggestion);
            var name = suggestion == null ? null : lookups.departmentName(suggestion.departmentId());
            model.addAttribute("fileSuggestedName", name);
            model.addAttribute("fileReason", suggestion == null ? null : routingWords.reason(kase, suggestion, name));
        }
        if (moves.contains(CaseMove.MERGE)) {
            // 疑似重复: open cases of the same class nearby, reported before this one (the later joins the earlier).
            model.addAttribute("duplicates", publicCases.nearbyOpen(kase.classCode(), kase.latitude(), kase.longitude(),
                    kase.reportedAt(), kase.id()).stream().filter(n -> !n.reportedAt().isAfter(kase.reportedAt()))
                    .map(n -> new DuplicateRow(n.id(), n.number(), n.distanceMeters(), texts.time(n.reportedAt()),
                            n.address(), n.status().name()))
                    .toList());
        }
        model.addAttribute("closeKinds", EnumSet.complementOf(EnumSet.of(CloseKind.ON_THE_SPOT)));
        model.addAttribute("limitUnits", LimitUnit.values());
        // The forms follow the move table: what each move reads, requires, and whether it is confirmed first.
        model.addAttribute("confirmMoves", names(MoveRules.confirmed()));
        model.addAttribute("photoMoves", names(MoveRules.reading(MoveRules.Input.PHOTOS)));
        model.addAttribute("requiredPhotoMoves", names(MoveRules.requiring(MoveRules.Input.PHOTOS)));
        model.addAttribute("reasonMoves", names(MoveRules.requiring(MoveRules.Input.REASON)));
        // The bound per unit is checked by the move; the form only stops what no unit allows.
        model.addAttribute("maxExtensionAmount", java.util.Collections.max(MoveRules.MAX_EXTENSION.values()));
    }

    private static List<String> names(List<CaseMove> moves) {
        return moves.stream().map(Enum::name).toList();
    }

    private String staffName(long id) {
        return organization.staff(id).map(StaffMember::displayName).orElse("#" + id);
    }

    private List<TimelineEntry> timeline(List<HistoryEntry> history, Map<Long, String> departments) {
        var entries = new ArrayList<TimelineEntry>();
        for (var h : history) {
            entries.add(new TimelineEntry(h.seq(), h.move(), h.actorName(), h.role(), texts.time(h.at()), h.fromStatus(),
                    h.toStatus(), h.comment(), h.photoIds(), detail(h, departments), h.stageOnTime()));
        }
        return entries;
    }

    private String detail(HistoryEntry h, Map<Long, String> departments) {
        var d = h.details() == null ? Map.<String, String>of() : h.details();
        if (d.containsKey("leadDepartmentId") && !"null".equals(d.get("leadDepartmentId"))) {
            return texts.get("cases.history.lead", departments.getOrDefault(Long.valueOf(d.get("leadDepartmentId")), ""));
        }
        if (d.containsKey("conditionCode")) {
            return texts.get("cases.history.filed", d.get("conditionCode"),
                    "no-rule".equals(d.get("routing")) ? texts.get("cases.routing.none") : d.get("routing"));
        }
        if (d.containsKey("extension")) {
            var parts = d.get("extension").split(" ");
            return texts.get("cases.history.extension", parts[0], texts.get("cases.unit." + parts[1]));
        }
        if (d.containsKey("closeKind")) {
            return texts.get("cases.closeKind." + d.get("closeKind"));
        }
        return null;
    }

    private static List<String> photos(List<HistoryEntry> history, boolean after) {
        return history.stream().filter(h -> AFTER.contains(h.move()) == after)
                .flatMap(h -> h.photoIds() == null ? java.util.stream.Stream.<String>empty() : h.photoIds().stream()).toList();
    }
}

package org.urbangrid.console.cases;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseView;
import org.urbangrid.cases.CloseKind;
import org.urbangrid.cases.HistoryEntry;
import org.urbangrid.cases.MoveRules;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.deadline.LimitUnit;
import org.urbangrid.dispatch.RoutingPolicy;
import org.urbangrid.dispatch.RoutingQuery;
import org.urbangrid.organization.Organization;
import org.urbangrid.organization.StaffMember;

/** Everything the case page shows beside the case itself: names, photos before and after, the timeline, form choices. */
@Component
class DeskCasePageModel {

    private static final Set<CaseMove> AFTER = EnumSet.of(CaseMove.REPORT_MADE_SAFE, CaseMove.REPORT_HANDLED, CaseMove.CHECK_PASS,
            CaseMove.CHECK_FAIL, CaseMove.HANDLE_ON_SPOT);

    private final Catalog catalog;
    private final Organization organization;
    private final RoutingPolicy routing;
    private final DeskLookups lookups;
    private final DeskTexts texts;

    DeskCasePageModel(Catalog catalog, Organization organization, RoutingPolicy routing, DeskLookups lookups, DeskTexts texts) {
        this.catalog = catalog;
        this.organization = organization;
        this.routing = routing;
        this.lookups = lookups;
        this.texts = texts;
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
        addChoices(model, kase);
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
            model.addAttribute("fileSuggestion", kase.conditionCode() == null ? null : routing.suggest(new RoutingQuery(
                    kase.classCode(), kase.conditionCode(), kase.unitGridCode(), kase.communityCode(),
                    kase.streetCode(), kase.componentCode())).orElse(null));
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

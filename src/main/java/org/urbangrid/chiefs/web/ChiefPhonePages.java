package org.urbangrid.chiefs.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.catalog.FilingCondition;
import org.urbangrid.chiefs.Chiefs;
import org.urbangrid.chiefs.Patrols;
import org.urbangrid.grid.Shapes;
import org.urbangrid.organization.CurrentStaff;

/**
 * The chiefs' phone pages (巡查, {@code /m/patrol}): for any active staff member who is a chief of at least one
 * segment today, whatever their role (403 otherwise). Their segments; a segment's cases, its line on the map and the
 * patrol (start, the GPS track sent as it goes, findings, end), every post kept in the phone's outbox until sent.
 */
@Controller
class ChiefPhonePages {

    static final int CASES_SHOWN = 50;

    private final Chiefs chiefs;
    private final Patrols patrols;
    private final SegmentCases segmentCases;
    private final Catalog catalog;
    private final CurrentStaff current;

    ChiefPhonePages(Chiefs chiefs, Patrols patrols, SegmentCases segmentCases, Catalog catalog, CurrentStaff current) {
        this.chiefs = chiefs;
        this.patrols = patrols;
        this.segmentCases = segmentCases;
        this.catalog = catalog;
        this.current = current;
    }

    @GetMapping("/m/patrol")
    String list(Model model, HttpServletResponse response) {
        var me = current.get();
        var mine = patrols.requireChief(me);
        var rows = mine.stream().map(s -> new SegmentRow(s.id(), s.code(), s.name(), s.kind().name(),
                Math.round(s.lengthMetres()), chiefs.assignmentsOf(me.id()).stream()
                        .filter(a -> a.segmentId() == s.id() && a.activeOn(chiefs.today())).map(a -> a.level().name())
                        .findFirst().orElse(""),
                segmentCases.openCount(s.id()))).toList();
        model.addAttribute("segments", rows);
        model.addAttribute("recent", patrols.recent(me, 10).stream().map(p -> new RecentPatrol(p,
                chiefs.segment(p.segmentId()).map(s -> s.name()).orElse("#" + p.segmentId()))).toList());
        model.addAttribute("phoneApp", true);
        response.setHeader("X-UrbanGrid-User", String.valueOf(me.id()));
        return "chiefs/phone-list";
    }

    @GetMapping("/m/patrol/segments/{id}")
    String segment(@PathVariable long id, Model model, HttpServletResponse response) {
        var me = current.get();
        var segment = patrols.requireOwnSegment(me, id);
        model.addAttribute("segment", segment);
        model.addAttribute("lineJson", Shapes.toGeoJson(segment.line()).toString());
        model.addAttribute("cases", segmentCases.cases(segment.id(), null, null, CASES_SHOWN));
        model.addAttribute("signboards", chiefs.signboards(segment.id()));
        model.addAttribute("conditions", conditions());
        model.addAttribute("phoneApp", true);
        response.setHeader("X-UrbanGrid-User", String.valueOf(me.id()));
        return "chiefs/phone-segment";
    }

    /** The active filing conditions, grouped by class, for the finding's picker. */
    List<ConditionGroup> conditions() {
        var groups = new ArrayList<ConditionGroup>();
        for (var c : catalog.classes(null, null)) {
            if (!c.active()) {
                continue;
            }
            var conditions = catalog.conditionsOf(c.code()).stream().filter(FilingCondition::active).toList();
            if (!conditions.isEmpty()) {
                groups.add(new ConditionGroup(c.code(), c.name(), c.nameEn(), conditions));
            }
        }
        return groups;
    }

    record SegmentRow(long id, String code, String name, String kind, long lengthMetres, String level, long open) {}

    record RecentPatrol(Patrols.Patrol patrol, String segmentName) {}

    record ConditionGroup(String code, String name, String nameEn, List<FilingCondition> conditions) {}
}

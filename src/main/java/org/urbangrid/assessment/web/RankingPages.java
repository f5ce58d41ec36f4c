package org.urbangrid.assessment.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.assessment.Indicator;
import org.urbangrid.assessment.IndicatorSource;
import org.urbangrid.assessment.Period;
import org.urbangrid.assessment.Rankings;
import org.urbangrid.assessment.SubjectKind;
import org.urbangrid.assessment.internal.BehindScope;
import org.urbangrid.assessment.internal.Periods;
import org.urbangrid.assessment.ledger.PlaceSubjects;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/**
 * 综合评价 pages: the rankings (a tab per kind, a period picker, the table and a bar chart), open to all staff, and
 * the cases behind one figure, within the viewer's scope.
 */
@Controller
class RankingPages {

    private static final int PAGE = 50;

    private final Rankings rankings;
    private final IndicatorSource source;
    private final Periods periods;
    private final CurrentStaff current;
    private final RankingPage page;
    private final PageTexts texts;
    private final SubjectNames subjectNames;
    private final PlaceSubjects places;

    RankingPages(Rankings rankings, IndicatorSource source, Periods periods, CurrentStaff current, RankingPage page,
            PageTexts texts, SubjectNames subjectNames, PlaceSubjects places) {
        this.subjectNames = subjectNames;
        this.places = places;
        this.rankings = rankings;
        this.source = source;
        this.periods = periods;
        this.current = current;
        this.page = page;
        this.texts = texts;
    }

    /**
     * @param pk the picker's period kind (MONTH, WEEK, QUARTER, YEAR, DAY, RANGE) choosing which of its inputs is
     *        read; without it {@code period} is read as written (default last month)
     */
    @GetMapping("/console/assessment")
    String rankings(@RequestParam(defaultValue = "DEPARTMENT") SubjectKind kind,
            @RequestParam(required = false) String period, @RequestParam(required = false) String pk,
            @RequestParam(required = false) String month, @RequestParam(required = false) String week,
            @RequestParam(required = false) String quarter, @RequestParam(required = false) String year,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var me = current.get();
        var chosen = picked(pk, period, month, week, quarter, year, from, to);
        var table = page.table(rankings.ranking(kind, chosen), me);
        model.addAttribute("kinds", SubjectKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("period", chosen);
        model.addAttribute("pk", chosen.kind().name());
        model.addAttribute("table", table);
        model.addAttribute("admin", me.role() == Role.ADMIN);
        return htmx != null ? "assessment/rankings :: ranking" : "assessment/rankings";
    }

    private Period picked(String pk, String period, String month, String week, String quarter, String year,
            String from, String to) {
        if (pk == null || pk.isBlank()) {
            return periods.parse(period, "period");
        }
        return switch (pk) {
            case "MONTH" -> periods.parse(month, "month");
            case "WEEK" -> periods.parse(required(week, "week"), "week");
            case "QUARTER" -> periods.parse(required(quarter, "quarter"), "quarter");
            case "YEAR" -> periods.parse(required(year, "year"), "year");
            case "DAY" -> periods.parse(required(from, "from"), "from");
            case "RANGE" -> periods.parse(required(from, "from") + ".." + required(to, "to"), "to");
            default -> throw UrbanGridException.invalid("error.assessment.period", pk).with("field", "pk");
        };
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw UrbanGridException.invalid("error.assessment.period", "").with("field", field);
        }
        return value.trim();
    }

    @GetMapping("/console/assessment/cases")
    String behind(@RequestParam SubjectKind kind, @RequestParam String subject, @RequestParam Indicator indicator,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "SHORTFALL") IndicatorSource.Part part,
            @RequestParam(required = false) String after, Model model) {
        if (!indicator.appliesTo(kind)) {
            throw UrbanGridException.invalid("error.assessment.indicator-kind", indicator, kind);
        }
        var viewer = current.get();
        BehindScope.require(viewer, kind, subject, places.heldBy(viewer.id(), kind));
        var chosen = periods.parse(period, "period");
        var figures = source.figures(kind, chosen).stream().filter(f -> f.subject().id().equals(subject)).findFirst();
        var figure = figures.map(f -> f.figures().get(indicator)).orElse(null);
        model.addAttribute("kind", kind);
        model.addAttribute("period", chosen);
        model.addAttribute("subject", subject);
        model.addAttribute("subjectName", figures.map(f -> subjectNames.of(f.subject())).orElse(subject));
        model.addAttribute("indicator", indicator);
        model.addAttribute("fraction", texts.fraction(figure));
        model.addAttribute("value", PageTexts.value(figure));
        model.addAttribute("part", part);
        model.addAttribute("parts", IndicatorSource.Part.values());
        model.addAttribute("base", RankingPage.href(kind, chosen, subject, indicator));
        model.addAttribute("behind", source.behind(kind, subject, chosen, indicator, part, after, PAGE));
        return "assessment/cases";
    }
}

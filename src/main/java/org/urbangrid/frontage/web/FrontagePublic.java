package org.urbangrid.frontage.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.frontage.FrontageRatings;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;

/**
 * 门前三包月度评定 on the public side ({@code /public/frontage}, open like every {@code /public/**} page): for a rated
 * month, each unit's name, kind, street and grade — nothing else (no contact, address, score breakdown or case).
 */
@Controller
class FrontagePublic {

    /** One public line: nothing personal. */
    record PublicLine(String name, String kind, String street, String grade, boolean failed) {}

    private final FrontageRatings ratings;
    private final Grids grids;
    private final FrontageWords words;

    FrontagePublic(FrontageRatings ratings, Grids grids, FrontageWords words) {
        this.ratings = ratings;
        this.grids = grids;
        this.words = words;
    }

    @GetMapping("/public/frontage")
    String page(@RequestParam(required = false) String month, Model model) {
        var months = ratings.ratedMonths();
        YearMonth chosen = months.isEmpty() ? null : months.get(0);
        if (month != null) {
            try {
                var wanted = YearMonth.parse(month.strip());
                chosen = months.contains(wanted) ? wanted : chosen;
            } catch (DateTimeParseException e) {
                // an unreadable month shows the latest
            }
        }
        var streets = new HashMap<String, String>();
        grids.ofLevel(GridLevel.STREET).forEach(s -> streets.put(s.code(), s.localName()));
        List<PublicLine> lines = List.of();
        if (chosen != null) {
            var units = new HashMap<Long, FrontageUnit>();
            ratings.eligibility(chosen).forEach(e -> units.put(e.unit().id(), e.unit()));
            lines = ratings.ratings(chosen).stream().filter(r -> units.containsKey(r.unitId())).map(r -> {
                var u = units.get(r.unitId());
                return new PublicLine(u.name(), words.kind(u.kind()),
                        u.streetCode() == null ? "" : streets.getOrDefault(u.streetCode(), ""),
                        words.grade(r.grade()), !r.passed());
            }).toList();
        }
        model.addAttribute("month", chosen);
        model.addAttribute("months", months);
        model.addAttribute("lines", lines);
        return "frontage/public";
    }
}

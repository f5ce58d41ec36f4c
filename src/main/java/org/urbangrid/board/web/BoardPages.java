package org.urbangrid.board.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.board.internal.BoardFigures;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicCase;
import org.urbangrid.cases.PublicCases;
import org.urbangrid.cases.PublicQuery;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.PlatformProperties;
import org.urbangrid.platform.UrbanGridException;

/**
 * 曝光台 {@code /public/board}: the figures per street and per department over a month or the last 30 days, the
 * newest closed cases and the overdue open ones (each list paged by keyset: "more" passes the last id shown), the
 * map, and a page per case ({@code /public/board/cases/{number}}) that the feeds link to.
 */
@Controller
class BoardPages {

    static final int FIRST = 10;
    static final int PAGE = 20;
    static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED);

    private final PublicCases cases;
    private final BoardFigures figures;
    private final BoardWords words;
    private final Grids grids;
    private final BoardMapModel map;
    private final Clock clock;
    private final PlatformProperties platform;

    BoardPages(PublicCases cases, BoardFigures figures, BoardWords words, Grids grids, BoardMapModel map, Clock clock,
            PlatformProperties platform) {
        this.cases = cases;
        this.figures = figures;
        this.words = words;
        this.grids = grids;
        this.map = map;
        this.clock = clock;
        this.platform = platform;
    }

    @GetMapping("/public/board")
    String board(@RequestParam(required = false) String month, Model model) {
        var period = figures.period(month);
        model.addAttribute("period", period);
        model.addAttribute("month", period.month() == null ? "" : period.month().toString());
        model.addAttribute("months", months());
        model.addAttribute("periodFrom", words.time(period.from()));
        model.addAttribute("periodTo", words.time(period.to()));
        model.addAttribute("minCases", figures.minCases());
        model.addAttribute("streets", figures.streets(period));
        model.addAttribute("departments", figures.departments(period));
        var closed = cases.search(PublicQuery.newest(FIRST + 1).inStates(CLOSED));
        var overdue = cases.search(overdue(null, FIRST + 1));
        model.addAttribute("closed", shown(closed, FIRST));
        model.addAttribute("closedNext", next(closed, FIRST));
        model.addAttribute("overdue", shown(overdue, FIRST));
        model.addAttribute("overdueNext", next(overdue, FIRST));
        model.addAttribute("feedAreas", feedAreas());
        map.addTo(model);
        return "board/board";
    }

    /** {@code kind}: {@code closed} or {@code overdue}; {@code before}: the last id of the page before. */
    @GetMapping("/public/board/{kind:closed|overdue}")
    String list(@PathVariable String kind, @RequestParam(required = false) Long before, Model model) {
        var found = kind.equals("closed")
                ? cases.search(new PublicQuery(null, null, null, null, null, null, null, null, null, before, 0, PAGE + 1)
                        .inStates(CLOSED))
                : cases.search(overdue(before, PAGE + 1));
        model.addAttribute("kind", kind);
        model.addAttribute("cases", shown(found, PAGE));
        model.addAttribute("next", next(found, PAGE));
        return "board/list";
    }

    @GetMapping("/public/board/cases/{number}")
    String kase(@PathVariable String number, Model model) {
        var found = cases.byNumber(number).filter(c -> c.status() != CaseStatus.MERGED || c.mergedInto() != null)
                .orElseThrow(() -> UrbanGridException.notFound("error.board.case-not-found", number));
        model.addAttribute("c", words.of(found));
        var timeline = new ArrayList<String[]>();
        for (var u : found.timeline()) {
            timeline.add(new String[] {words.time(u.at()), words.text("board.status." + u.publicStatus().name()),
                u.note()});
        }
        model.addAttribute("timeline", timeline);
        return "board/case";
    }

    private static PublicQuery overdue(Long before, int limit) {
        return new PublicQuery(null, null, null, null, true, null, null, true, null, before, 0, limit);
    }

    private List<BoardCase> shown(List<PublicCase> found, int n) {
        return found.stream().limit(n).map(words::of).toList();
    }

    private static Long next(List<PublicCase> found, int n) {
        return found.size() > n ? found.get(n - 1).id() : null;
    }

    /** The last twelve months in the city's zone, newest first, for the period picker. */
    private List<String> months() {
        var now = YearMonth.from(clock.instant().atZone(platform.zone()));
        var list = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            list.add(now.minusMonths(i).toString());
        }
        return list;
    }

    /** A street and its communities, each with an Atom feed. */
    public record FeedArea(org.urbangrid.grid.Grid street, List<org.urbangrid.grid.Grid> communities) {}

    private List<FeedArea> feedAreas() {
        return grids.ofLevel(GridLevel.STREET).stream()
                .map(s -> new FeedArea(s, grids.children(s.code()).stream()
                        .filter(c -> c.level() == GridLevel.COMMUNITY).toList()))
                .toList();
    }
}

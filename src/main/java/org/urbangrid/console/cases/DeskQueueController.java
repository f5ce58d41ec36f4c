package org.urbangrid.console.cases;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

/** 我的任务 and 超期案件: each role's queue, soonest deadline first, refreshed by htmx when a case changes. */
@Controller
@RequestMapping("/console")
class DeskQueueController {

    static final int PAGE_SIZE = 20;
    static final String ROWS = "cases/rows :: rows";

    private final CaseQueries queries;
    private final DeskCaseRows rows;
    private final Grids grids;
    private final CurrentStaff current;
    private final DeskOverview overview;

    DeskQueueController(CaseQueries queries, DeskCaseRows rows, Grids grids, CurrentStaff current, DeskOverview overview) {
        this.queries = queries;
        this.rows = rows;
        this.grids = grids;
        this.current = current;
        this.overview = overview;
    }

    @GetMapping
    String home(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String street,
            @RequestParam(required = false) String number, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request) {
        var filter = new CaseQueries.Filter(status == null ? null : List.of(status), null, blank(street), null, null,
                null, null, null, blank(number));
        show(queries.myTasks(filter, after, page, PAGE_SIZE), "cases.queue.empty", model, request);
        if (htmx != null) {
            return ROWS;
        }
        model.addAttribute("statuses", CaseStatus.open());
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("filter", new QueueFilter(status, street, number));
        if (current.get().is(Role.LEADER)) {
            overview.addTo(model);
        }
        return "cases/home";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request) {
        current.require(Role.DISPATCHER, Role.LEADER, Role.SHIFT_LEADER);
        show(queries.overdue(after, page, PAGE_SIZE), "cases.overdue.empty", model, request);
        return htmx != null ? ROWS : "cases/overdue";
    }

    void show(CasePage page, String emptyKey, Model model, HttpServletRequest request) {
        model.addAttribute("rows", rows.rows(page));
        model.addAttribute("paging", Paging.of(page, request));
        model.addAttribute("emptyKey", emptyKey);
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What the queue's filter form shows as chosen. */
    record QueueFilter(CaseStatus status, String street, String number) {}
}

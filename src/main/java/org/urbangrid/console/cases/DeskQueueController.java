package org.urbangrid.console.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.urbangrid.cases.CaseManagement;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CasePage;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveCommand;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;
import org.urbangrid.platform.UrbanGridException;

/**
 * 我的任务 and 超期案件: each role's queue with a tab per status and its count, sorted by deadline (default), time
 * reported or street, refreshed by htmx when a case changes; batch moves on a selection; Excel export.
 */
@Controller
@RequestMapping("/console")
class DeskQueueController {

    static final int PAGE_SIZE = 20;
    static final String ROWS = "cases/rows :: rows";
    /** At most this many cases in one batch (a page holds {@value #PAGE_SIZE}). */
    static final int BATCH_MAX = 100;

    private final CaseQueries queries;
    private final CaseManagement management;
    private final DeskCaseRows rows;
    private final DeskExport export;
    private final DeskTexts texts;
    private final Grids grids;
    private final CurrentStaff current;
    private final DeskOverview overview;

    DeskQueueController(CaseQueries queries, CaseManagement management, DeskCaseRows rows, DeskExport export,
            DeskTexts texts, Grids grids, CurrentStaff current, DeskOverview overview) {
        this.queries = queries;
        this.management = management;
        this.rows = rows;
        this.export = export;
        this.texts = texts;
        this.grids = grids;
        this.current = current;
        this.overview = overview;
    }

    @GetMapping
    String home(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String street,
            @RequestParam(required = false) String number, @RequestParam(required = false) CaseQueries.Sort sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request) {
        var order = sort == null ? CaseQueries.Sort.DEADLINE : sort;
        var filter = filter(status, street, number);
        var found = queries.myTasks(filter, order, after, page, PAGE_SIZE);
        var role = current.get().role();
        show(found, "cases.queue.empty", model, request, role == Role.DISPATCHER, queries.queueHoldsRequests(),
                batchMove(role), "/console/queue.xlsx");
        model.addAttribute("tabs", tabs(filter, status, request));
        model.addAttribute("sorts", sorts(order, request));
        if (htmx != null) {
            return ROWS;
        }
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("filter", new QueueFilter(status, street, number, order));
        if (current.get().is(Role.LEADER)) {
            overview.addTo(model);
        }
        return "cases/home";
    }

    /** The queue as an .xlsx workbook: the same filter, order and scope as the page, every page of it up to the cap. */
    @GetMapping("/queue.xlsx")
    void exportQueue(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) String street,
            @RequestParam(required = false) String number, @RequestParam(required = false) CaseQueries.Sort sort,
            HttpServletResponse response) throws IOException {
        var filter = filter(status, street, number);
        var order = sort == null ? CaseQueries.Sort.DEADLINE : sort;
        export.write(response, "queue", after -> queries.myTasks(filter, order, after, 0, DeskExport.CHUNK));
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String after,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request) {
        current.require(Role.DISPATCHER, Role.LEADER, Role.SHIFT_LEADER);
        show(queries.overdue(after, page, PAGE_SIZE), "cases.overdue.empty", model, request, false, true, null,
                "/console/overdue.xlsx");
        return htmx != null ? ROWS : "cases/overdue";
    }

    @GetMapping("/overdue.xlsx")
    void exportOverdue(HttpServletResponse response) throws IOException {
        current.require(Role.DISPATCHER, Role.LEADER, Role.SHIFT_LEADER);
        export.write(response, "overdue", after -> queries.overdue(after, 0, DeskExport.CHUNK));
    }

    /**
     * 批量送核实 / 批量派遣: the move on each selected case in turn, each in its own transaction and with its own
     * entry in the case's history (dispatch goes to each case's suggested department); what was done and what was
     * refused, with the reason, is reported case by case.
     */
    @PostMapping("/batch/{move}")
    String batch(@PathVariable String move, @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        var batchMove = batchMove(current.get().role());
        if (batchMove == null || !move.equals(new DeskListView.Columns(false, false, false, false, batchMove, null).batchPath())) {
            throw UrbanGridException.forbidden("error.case.role-cannot-move", texts.get("case.role." + current.get().role().name()),
                    move);
        }
        var chosen = ids == null ? List.<Long>of() : ids.stream().distinct().toList();
        if (chosen.isEmpty()) {
            redirect.addFlashAttribute("error", texts.get("queues.batch.none"));
        } else if (chosen.size() > BATCH_MAX) {
            redirect.addFlashAttribute("error", texts.get("queues.batch.too-many", BATCH_MAX));
        } else {
            var done = new ArrayList<String>();
            var refused = new ArrayList<String>();
            for (long id : chosen) {
                try {
                    done.add(management.move(id, batchMove, MoveCommand.empty()).number());
                } catch (UrbanGridException e) {
                    refused.add(texts.get("queues.batch.refusal", numberOf(id), texts.refusal(e)));
                }
            }
            var name = texts.get("cases.move." + batchMove.name());
            if (!done.isEmpty()) {
                redirect.addFlashAttribute("flash", texts.get("queues.batch.done", name, done.size(), String.join("、", done)));
            }
            if (!refused.isEmpty()) {
                redirect.addFlashAttribute("error", texts.get("queues.batch.refused", name, refused.size(),
                        String.join(";", refused)));
            }
        }
        return "redirect:" + (back != null && back.startsWith("/console") && !back.startsWith("//") ? back : "/console");
    }

    private String numberOf(long id) {
        try {
            return queries.view(id).number();
        } catch (UrbanGridException e) {
            return "#" + id;
        }
    }

    /** The move a role may do on a selection of its queue: operators send to verify, dispatchers dispatch. */
    static CaseMove batchMove(Role role) {
        return switch (role) {
            case OPERATOR -> CaseMove.SEND_TO_VERIFY;
            case DISPATCHER -> CaseMove.DISPATCH;
            default -> null;
        };
    }

    private List<DeskListView.Tab> tabs(CaseQueries.Filter filter, CaseStatus active, HttpServletRequest request) {
        var tabs = new ArrayList<DeskListView.Tab>();
        long all = 0;
        boolean capped = false;
        var shown = new ArrayList<DeskListView.Tab>();
        for (var tab : queries.queueTabs(filter)) {
            all += tab.count();
            capped |= tab.capped();
            if (tab.usual() || tab.count() > 0 || tab.status() == active) {
                shown.add(new DeskListView.Tab(tab.status(), count(tab.count(), tab.capped()),
                        DeskListView.link(request, "/console", "status", tab.status().name()), tab.status() == active));
            }
        }
        tabs.add(new DeskListView.Tab(null, count(all, capped), DeskListView.link(request, "/console", "status", null),
                active == null));
        tabs.addAll(shown);
        return tabs;
    }

    private static String count(long count, boolean capped) {
        return String.format(Locale.ROOT, "%,d", count) + (capped ? "+" : "");
    }

    private static List<DeskListView.SortLink> sorts(CaseQueries.Sort active, HttpServletRequest request) {
        return java.util.Arrays.stream(CaseQueries.Sort.values())
                .map(s -> new DeskListView.SortLink(s, DeskListView.link(request, "/console", "sort",
                        s == CaseQueries.Sort.DEADLINE ? null : s.name()), s == active))
                .toList();
    }

    private static CaseQueries.Filter filter(CaseStatus status, String street, String number) {
        return new CaseQueries.Filter(status == null ? null : List.of(status), null, blank(street), null, null,
                null, null, null, blank(number));
    }

    void show(CasePage page, String emptyKey, Model model, HttpServletRequest request, boolean suggestionsApply,
            boolean requestsApply, CaseMove batch, String exportPath) {
        var shown = rows.rows(page);
        model.addAttribute("rows", shown);
        model.addAttribute("paging", Paging.of(page, request));
        model.addAttribute("emptyKey", emptyKey);
        model.addAttribute("columns", DeskListView.Columns.of(shown, suggestionsApply, requestsApply, batch));
        model.addAttribute("exportHref", DeskListView.link(request, exportPath));
        model.addAttribute("back", DeskListView.link(request, null));
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** What the queue's filter form shows as chosen. */
    record QueueFilter(CaseStatus status, String street, String number, CaseQueries.Sort sort) {}
}

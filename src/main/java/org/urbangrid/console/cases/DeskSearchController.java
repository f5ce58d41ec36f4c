package org.urbangrid.console.cases;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.catalog.Catalog;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.platform.PlatformProperties;

/**
 * 案件查询: every case the viewer may see, by status, class, street, department, source, dates, a keyword in the
 * description or address, or a number (a part of one matches; a whole one the viewer may see opens that case).
 */
@Controller
class DeskSearchController {

    private final CaseQueries queries;
    private final DeskQueueController queue;
    private final Grids grids;
    private final Catalog catalog;
    private final DeskLookups lookups;
    private final PlatformProperties platform;
    private final DeskExport export;

    DeskSearchController(CaseQueries queries, DeskQueueController queue, Grids grids, Catalog catalog, DeskLookups lookups,
            PlatformProperties platform, DeskExport export) {
        this.export = export;
        this.queries = queries;
        this.queue = queue;
        this.grids = grids;
        this.catalog = catalog;
        this.lookups = lookups;
        this.platform = platform;
    }

    @GetMapping("/console/cases")
    String search(@ModelAttribute("filter") SearchForm form, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String after,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletRequest request) {
        if (after == null && page == 0 && form.numberAlone()) {
            var jump = queries.visibleId(DeskQueueController.blank(form.number()));
            if (jump.isPresent()) {
                // A whole number the viewer may see: straight to the case (htmx follows HX-Redirect with a page load).
                if (htmx == null) {
                    return "redirect:/console/cases/" + jump.get();
                }
                var attributes = (org.springframework.web.context.request.ServletRequestAttributes)
                        org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
                attributes.getResponse().setHeader("HX-Redirect", "/console/cases/" + jump.get());
                return "cases/rows :: jump";
            }
        }
        queue.show(queries.search(form.toFilter(platform), after, page, DeskQueueController.PAGE_SIZE), "cases.search.empty",
                model, request, false, true, null, "/console/cases.xlsx");
        if (htmx != null) {
            return DeskQueueController.ROWS;
        }
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("streets", grids.ofLevel(GridLevel.STREET));
        model.addAttribute("classes", catalog.classes(null, null));
        model.addAttribute("departments", lookups.activeDepartments());
        return "cases/search";
    }

    /** The search results as an .xlsx workbook: the same filter and scope, every page up to the export cap. */
    @GetMapping("/console/cases.xlsx")
    void exportSearch(@ModelAttribute("filter") SearchForm form, HttpServletResponse response) throws java.io.IOException {
        var filter = form.toFilter(platform);
        export.write(response, "search", after -> queries.search(filter, after, 0, DeskExport.CHUNK));
    }

    /** The search form; dates are city days, the "to" day included; {@code q} a keyword (two characters and up). */
    record SearchForm(CaseStatus status, String classCode, String street, Long departmentId, CaseSource source,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String number, String q) {

        /** Only a number was asked for (a whole one the viewer may see then opens that case). */
        boolean numberAlone() {
            return DeskQueueController.blank(number) != null && status == null && DeskQueueController.blank(classCode) == null
                    && DeskQueueController.blank(street) == null && departmentId == null && source == null && from == null
                    && to == null && DeskQueueController.blank(q) == null;
        }

        CaseQueries.Filter toFilter(PlatformProperties platform) {
            var zone = platform.zone();
            return new CaseQueries.Filter(status == null ? null : List.of(status), DeskQueueController.blank(classCode),
                    DeskQueueController.blank(street), null, departmentId, source,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), DeskQueueController.blank(number),
                    null, DeskQueueController.blank(q));
        }
    }
}

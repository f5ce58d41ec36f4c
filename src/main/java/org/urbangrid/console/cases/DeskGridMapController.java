package org.urbangrid.console.cases;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatistics;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.console.web.AnswersPanel;
import org.urbangrid.duty.Where;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.platform.UrbanGridException;

/** 网格地图: every unit grid from our own GeoJSON, coloured by open cases; a click lists a grid's cases. */
@Controller
class DeskGridMapController {

    private final Grids grids;
    private final CaseStatistics statistics;
    private final CaseQueries queries;
    private final DeskCaseRows rows;
    private final AnswersPanel answers;
    private final CurrentStaff current;

    DeskGridMapController(Grids grids, CaseStatistics statistics, CaseQueries queries, DeskCaseRows rows,
            AnswersPanel answers, CurrentStaff current) {
        this.answers = answers;
        this.current = current;
        this.grids = grids;
        this.statistics = statistics;
        this.queries = queries;
        this.rows = rows;
    }

    @GetMapping("/console/map")
    String map() {
        return "cases/map";
    }

    /** Grids as GeoJSON for the console's maps: a grid and everything below it, or all grids. */
    @GetMapping(path = "/console/map/geojson", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String geoJson(@RequestParam(required = false) String code) {
        return grids.exportGeoJson(code);
    }

    @GetMapping(path = "/console/map/counts", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Long> counts() {
        return statistics.openCountsByGrid();
    }

    /** The open cases of one unit grid, read through the unit-grid filter (the first 200, and how many there are). */
    @GetMapping("/console/map/grids/{code:\\d{15}}/cases")
    String gridCases(@PathVariable String code, Model model, HttpServletRequest request) {
        var grid = grids.require(code);
        var filter = new CaseQueries.Filter(List.copyOf(CaseStatus.open()), null, null, null, null, null, null, null,
                null, code);
        var page = queries.search(filter, 0, 200);
        model.addAttribute("grid", grid);
        model.addAttribute("rows", rows.rows(page));
        model.addAttribute("gridTotal", Paging.totalText(page));
        // 谁来负责 follows as its own fragment, for a grid of the viewer's street only.
        model.addAttribute("answersInScope", current.get().coversStreet(grid.code().substring(0, 9)));
        return "cases/map :: gridCases";
    }

    /** 按编码选网格: the same list for a grid chosen by its code (the keyboard's way to what a click on the map opens). */
    @GetMapping("/console/map/grid")
    String chosenGrid(@RequestParam(required = false) String code, Model model, HttpServletRequest request) {
        if (code == null || !code.strip().matches("\\d{15}")) {
            throw UrbanGridException.invalid("error.answers.grid-code", code == null ? "" : code).with("field", "code");
        }
        var fragment = gridCases(code.strip(), model, request);
        // htmx swaps the list in; a plain form submission (no script) gets the whole map page with the list filled.
        return request.getHeader("HX-Request") != null ? fragment : "cases/map";
    }

    /**
     * 谁来负责 for a whole unit grid ({@link Where#grid}): the panel as an htmx fragment, for a grid in the viewer's
     * street scope (the grid map lists every grid's outline, but who answers there is for the street's own staff and
     * the centre's); another street's grid is refused.
     */
    @GetMapping("/console/map/grids/{code:\\d{15}}/answers")
    String gridAnswers(@PathVariable String code, Model model) {
        var grid = grids.require(code);
        var viewer = current.get();
        if (!viewer.coversStreet(grid.code().substring(0, 9))) {
            throw UrbanGridException.forbidden("error.answers.out-of-scope", code);
        }
        model.addAttribute("answers", answers.at(Where.grid(grid.code()), viewer));
        return "cases/answers :: panel(p=${answers},compact=false)";
    }
}

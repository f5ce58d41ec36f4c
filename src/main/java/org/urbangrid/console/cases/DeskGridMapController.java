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
import org.urbangrid.grid.Grids;

/** 网格地图: every unit grid from our own GeoJSON, coloured by open cases; a click lists a grid's cases. */
@Controller
class DeskGridMapController {

    private final Grids grids;
    private final CaseStatistics statistics;
    private final CaseQueries queries;
    private final DeskCaseRows rows;

    DeskGridMapController(Grids grids, CaseStatistics statistics, CaseQueries queries, DeskCaseRows rows) {
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
        return "cases/map :: gridCases";
    }
}

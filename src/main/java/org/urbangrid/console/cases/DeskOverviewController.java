package org.urbangrid.console.cases;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The leader's simple overview (the full dashboard is a later issue): a page and the chart's JSON. */
@Controller
class DeskOverviewController {

    private final DeskOverview overview;

    DeskOverviewController(DeskOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/console/overview")
    String page(Model model) {
        overview.addTo(model);
        return "cases/overview";
    }

    @GetMapping(path = "/console/overview.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> data() {
        return overview.data();
    }
}

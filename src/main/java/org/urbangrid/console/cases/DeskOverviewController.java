package org.urbangrid.console.cases;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.urbangrid.organization.CurrentStaff;
import org.urbangrid.organization.Role;

/**
 * The leader's overview: a page and the chart's JSON. Leaders, and the command centre's shift leaders and
 * dispatchers, who watch the same figures; the counts are within the viewer's street like every read.
 */
@Controller
class DeskOverviewController {

    private final DeskOverview overview;
    private final CurrentStaff current;

    DeskOverviewController(DeskOverview overview, CurrentStaff current) {
        this.overview = overview;
        this.current = current;
    }

    @GetMapping("/console/overview")
    String page(Model model) {
        current.require(Role.LEADER, Role.SHIFT_LEADER, Role.DISPATCHER);
        overview.addPageTo(model);
        return "cases/overview";
    }

    @GetMapping(path = "/console/overview.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> data() {
        current.require(Role.LEADER, Role.SHIFT_LEADER, Role.DISPATCHER);
        return overview.data();
    }
}

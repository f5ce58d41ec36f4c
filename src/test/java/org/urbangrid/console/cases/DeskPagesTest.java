package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.urbangrid.cases.CaseChanged;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The desk pages on the demo data with cases in flight, and the live-update (SSE) registry. Speed lives in the benchmarks. */
class DeskPagesTest extends IntegrationTest {

    @Autowired
    Grids grids;

    @Autowired
    DeskCaseEvents events;

    @Test
    void queue_case_page_and_grid_counts_show_the_cases_in_flight() {
        var cases = new DeskCases(api, mvc, grids);
        for (int i = 0; i < 5; i++) {
            cases.pendingDispatch();
        }
        var c = cases.dispatched();
        var queue = mvc.get().uri("/console").with(as("dispatcher", "DISPATCHER")).exchange();
        assertThat(queue).hasStatusOk().bodyText().contains("派遣与审批", "data-case-number=\"", "待派遣");
        var page = mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange();
        assertThat(page).hasStatusOk().bodyText().contains(c.number(), "处置中", "市政公用服务中心", "id=\"deadline\"");
        var counts = mvc.get().uri("/console/map/counts").with(as("leader", "LEADER")).exchange();
        assertThat(counts).hasStatusOk();
        assertThat(Api.<Number>read(counts, "$['" + DeskCases.GRID + "']").intValue()).as("six open cases were just made there")
                .isGreaterThanOrEqualTo(6);
    }

    @Test
    void an_open_browser_is_told_when_a_case_changes_and_forgotten_when_it_leaves() {
        var result = mvc.get().uri("/console/events").with(SecurityMockMvcRequestPostProcessors.user("operator").roles("OPERATOR"))
                .asyncExchange();
        assertThat(events.openCount()).isPositive();
        events.on(new CaseChanged(1, "20261125000001", null, null, null, null, "210231001", null, null, null, null,
                null));
        assertThat(result.getResponse().getContentAsByteArray().length).isPositive();
        assertThat(new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("event:case-changed", "data:20261125000001");
    }
}

package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.urbangrid.console.cases.CasePageTest.as;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.urbangrid.cases.CaseChanged;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

/** How long the queue and the case page take to render on the demo data (logged, not asserted), and the SSE registry. */
class DeskRenderTimeTest extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(DeskRenderTimeTest.class);

    @Autowired
    Grids grids;

    @Autowired
    DeskCaseEvents events;

    @Test
    void queue_and_case_page_render_times_are_logged() {
        var cases = new DeskCases(api, mvc, grids);
        for (int i = 0; i < 5; i++) {
            cases.pendingDispatch();
        }
        var c = cases.dispatched();
        mvc.get().uri("/console").with(as("dispatcher", "DISPATCHER")).exchange();
        long queueMs = time(() -> assertThat(mvc.get().uri("/console").with(as("dispatcher", "DISPATCHER")).exchange()).hasStatusOk());
        long caseMs = time(() -> assertThat(mvc.get().uri("/console/cases/{id}", c.id()).with(as("handler", "HANDLER")).exchange()).hasStatusOk());
        long mapMs = time(() -> assertThat(mvc.get().uri("/console/map/counts").with(as("leader", "LEADER")).exchange()).hasStatusOk());
        log.info("Render times on demo data: queue {} ms, case page {} ms, grid counts {} ms", queueMs, caseMs, mapMs);
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

    private static long time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}

package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.urbangrid.cases.internal.OverdueMarker;
import org.urbangrid.cases.internal.OverdueRace;
import org.urbangrid.cases.internal.OverdueRace.Save;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The overdue mark survives a move saved from a copy read before the marker ran; a new deadline clears it. */
class OverdueRaceTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Grids grids;

    @Autowired
    OverdueMarker marker;

    private CaseFlows flows() {
        return new CaseFlows(api, mvc, grids);
    }

    @Test
    void a_move_that_keeps_the_deadline_keeps_a_mark_set_while_it_was_in_flight() {
        long id = flows().dispatched();
        clock.advance(Duration.ofDays(3));
        api.forgetTokens();

        assertThat(OverdueRace.markDuringSave(context, context, id, Save.REQUEST_EXTENSION)).isTrue();
        assertThat(Api.<Boolean>read(api.get("dispatcher", "/api/cases/{id}", id), "$.overdue")).isTrue();
        marker.markOverdue();
        assertThat(Api.<Boolean>read(api.get("dispatcher", "/api/cases/{id}", id), "$.overdue")).isTrue();
    }

    @Test
    void a_case_saved_unchanged_keeps_its_mark() {
        long id = flows().dispatched();
        clock.advance(Duration.ofDays(3));

        assertThat(OverdueRace.markDuringSave(context, context, id, Save.AS_READ)).isTrue();
    }

    @Test
    void a_move_that_gives_a_new_deadline_clears_the_mark_set_meanwhile() {
        long id = flows().dispatched();
        CaseFlows.ok(flows().move("handler", id, "request-extension",
                "{\"comment\":\"需要调车\",\"extension\":{\"amount\":5,\"unit\":\"WORK_DAYS\"}}"));
        clock.advance(Duration.ofDays(1));
        api.forgetTokens();

        assertThat(OverdueRace.markDuringSave(context, context, id, Save.APPROVE_EXTENSION)).isFalse();
        marker.markOverdue();
        assertThat(Api.<Boolean>read(api.get("dispatcher", "/api/cases/{id}", id), "$.overdue"))
                .as("the new deadline lies ahead").isFalse();
    }
}

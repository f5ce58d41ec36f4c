package org.urbangrid.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.env.MockEnvironment;
import org.urbangrid.simulation.SimulationIntegrationTest;
import org.urbangrid.simulation.SimulationRuns;

/** The one command: {@code --urbangrid.simulate.month=…} runs that month as one of the console's runs. */
class SimulationCommandTest extends SimulationIntegrationTest {

    @Autowired
    SimulationRuns runs;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void the_month_seed_and_volume_given_on_the_command_line_are_simulated_and_summed_up() {
        var environment = new MockEnvironment().withProperty("urbangrid.simulate.month", "2026-10")
                .withProperty("urbangrid.simulate.seed", "3").withProperty("urbangrid.simulate.cases", "15");
        new SimulationCommand(runs, environment, context).run(null);
        var run = runs.current().orElseThrow();
        assertThat(run.state()).isEqualTo(SimulationRuns.State.DONE);
        assertThat(run.startedBy()).isEqualTo("command line");
        assertThat(run.plan().from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(run.plan().until()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(run.result().summary().seed()).isEqualTo(3);
        assertThat(run.result().summary().reported()).isEqualTo(15);
        assertThat(run.result().summary().refused()).isZero();
    }

    @Test
    void a_bad_month_or_seed_runs_nothing_and_leaves_the_application_up() {
        var before = runs.current().map(SimulationRuns.Run::number).orElse(0L);
        new SimulationCommand(runs, new MockEnvironment().withProperty("urbangrid.simulate.month", "2026-13"), context)
                .run(null);
        new SimulationCommand(runs, new MockEnvironment().withProperty("urbangrid.simulate.month", "2026-10")
                .withProperty("urbangrid.simulate.seed", "many"), context).run(null);
        assertThat(runs.current().map(SimulationRuns.Run::number).orElse(0L)).isEqualTo(before);
        assertThat(context.isActive()).isTrue();
    }
}

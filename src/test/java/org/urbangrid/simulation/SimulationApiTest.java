package org.urbangrid.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.urbangrid.support.Api;

/** The admin endpoint and page: administrators only, one run at a time, periods that are over only. */
class SimulationApiTest extends SimulationIntegrationTest {

    private static final String SMALL = """
            {"from":"2026-11-02","until":"2026-11-04","cases":30,"seed":5,"month":null}""";

    @Test
    void only_an_administrator_may_start_or_watch_a_run() {
        assertThat(mvc.post().uri("/api/simulations").contentType(MediaType.APPLICATION_JSON).content(SMALL).exchange())
                .hasStatus(401);
        for (var user : new String[] { "dispatcher", "leader", "operator" }) {
            assertThat(api.post(user, "/api/simulations", SMALL)).as(user).hasStatus(403);
            assertThat(api.get(user, "/api/simulations/current")).as(user).hasStatus(403);
        }
        assertThat(mvc.get().uri("/admin/simulation").with(user("leader").roles("LEADER")).exchange()).hasStatus(403);
    }

    @Test
    void a_period_not_over_yet_or_a_bad_month_is_refused_naming_the_field() {
        var future = api.post("admin", "/api/simulations", "{\"month\":\"2026-11\",\"cases\":10}");
        assertThat(future).hasStatus(400);
        assertThat(Api.<String>read(future, "$.field")).isEqualTo("until");
        var bad = api.post("admin", "/api/simulations", "{\"month\":\"2026-13\"}");
        assertThat(bad).hasStatus(400);
        assertThat(Api.<String>read(bad, "$.field")).isEqualTo("month");
        var many = api.post("admin", "/api/simulations", "{\"month\":\"2026-10\",\"cases\":999999}");
        assertThat(many).hasStatus(400);
        assertThat(Api.<String>read(many, "$.field")).isEqualTo("cases");
    }

    @Test
    void a_run_goes_on_in_the_background_and_a_second_start_meanwhile_is_a_409() throws Exception {
        var started = api.post("admin", "/api/simulations", SMALL);
        assertThat(started).hasStatus(202);
        assertThat(Api.<String>read(started, "$.state")).isEqualTo("RUNNING");
        int number = Api.read(started, "$.number");

        assertThat(api.post("admin", "/api/simulations", SMALL)).hasStatus(409);

        var deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String state;
        do {
            Thread.sleep(200);
            state = Api.read(api.get("admin", "/api/simulations/current"), "$.state");
        } while (state.equals("RUNNING") && System.nanoTime() < deadline);
        var done = api.get("admin", "/api/simulations/current");
        assertThat(state).as(Api.body(done)).isEqualTo("DONE");
        assertThat(Api.<Integer>read(done, "$.number")).isEqualTo(number);
        assertThat(Api.<Integer>read(done, "$.result.summary.reported")).isEqualTo(30);
        assertThat(Api.<Integer>read(done, "$.result.summary.refused")).isZero();
        assertThat(Api.<Integer>read(done, "$.result.summary.seed")).isEqualTo(5);

        var page = mvc.get().uri("/admin/simulation").with(user("admin").roles("ADMIN")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("id=\"simulation-summary\"").contains("id=\"simulation-form\"");
        var status = mvc.get().uri("/admin/simulation/status").with(user("admin").roles("ADMIN")).exchange();
        assertThat(status).hasStatusOk();
        assertThat(status).bodyText().contains("id=\"simulation-status\"").contains("id=\"sum-reported\">30<")
                .doesNotContain("hx-get").doesNotContain("<html");
        var form = mvc.post().uri("/admin/simulation").with(user("admin").roles("ADMIN")).with(csrf())
                .param("month", "2026-12").param("cases", "10").exchange();
        assertThat(form).hasStatus(400);
        assertThat(form).bodyText().contains("flash error");
    }
}

package org.urbangrid.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;

/**
 * What one hotline report costs the database: the statements behind {@code POST /api/cases}, bearer token
 * included. Per-report look-ups that a cache or the locator already knows must not come back.
 */
@Import(StatementLog.Config.class)
@TestPropertySource(properties = "urbangrid.security.token-cache=5s")
class IntakeStatementsTest extends IntegrationTest {

    @Autowired
    StatementLog log;

    @Autowired
    Grids grids;

    @Test
    void a_hotline_report_costs_the_case_row_its_history_and_no_look_up() {
        var point = grids.centroidOf("210231001002005");
        var body = String.format(Locale.ROOT, "{\"source\":\"HOTLINE_12345\",\"latitude\":%.7f,\"longitude\":%.7f,"
                + "\"description\":\"市民来电:路灯不亮\",\"reporterContact\":\"138****0000\"}", point.latitude(),
                point.longitude());
        assertThat(api.post("operator", "/api/cases", body)).hasStatus(201); // warms token and number block
        log.clear();
        var result = api.post("operator", "/api/cases", body);
        var statements = log.statements();
        statements.forEach(sql -> System.out.println("  SQL " + sql));
        assertThat(result).hasStatus(201);
        // The case row and its history, nothing else: no look-up, and no event publication row (the live
        // screens listen outside the publication registry, see DeskCaseEvents).
        assertThat(statements).as("statements of one report")
                .hasSize(2).allMatch(sql -> sql.startsWith("insert into cases") || sql.startsWith("insert into case_history"));
    }
}

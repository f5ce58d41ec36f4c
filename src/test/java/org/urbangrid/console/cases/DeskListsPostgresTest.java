package org.urbangrid.console.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.urbangrid.support.OnPostgres;

/**
 * The desk lists on PostgreSQL: keyword search through the character-pair indexes, partial numbers through the
 * trigram index, keyset paging; and that those indexes serve the predicates the reader writes.
 */
@OnPostgres
class DeskListsPostgresTest extends DeskListsContract {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keyword_and_number_parts_are_read_through_their_indexes() {
        var keyword = plan("select id from cases where ((ug_bigrams(description) @> ug_bigrams('井盖') and description like "
                + "'%井盖%' escape '!') or (ug_bigrams(address) @> ug_bigrams('井盖') and address like '%井盖%' escape '!'))");
        assertThat(keyword).contains("ix_cases_description_bigrams", "ix_cases_address_bigrams").doesNotContain("Seq Scan");
        var number = plan("select id from cases where case_number like '%0312%' escape '!'");
        assertThat(number).contains("ix_cases_number_trgm").doesNotContain("Seq Scan");
    }

    /** The plan with sequential scans priced out, as on a large table: can the predicate use an index at all? */
    private String plan(String sql) {
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("set enable_seqscan = off");
                var lines = new ArrayList<String>();
                try (var rs = statement.executeQuery("explain " + sql)) {
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                }
                statement.execute("reset enable_seqscan");
                return String.join("\n", lines);
            }
        });
    }
}

package org.urbangrid.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.urbangrid.support.Api;
import org.urbangrid.support.IntegrationTest;

/** The OpenAPI document carries a real title and version, the move table and the refusals. */
class MoveApiDocsTest extends IntegrationTest {

    private static final String MOVE = "$.paths['/api/cases/{id}/{action}'].post";

    @Test
    void the_document_has_a_title_a_version_and_a_description() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(docs).hasStatusOk();
        assertThat(Api.<String>read(docs, "$.info.title")).contains("UrbanGrid");
        assertThat(Api.<String>read(docs, "$.info.version")).isNotBlank().doesNotContain("@").isNotEqualTo("dev");
        assertThat(Api.<String>read(docs, "$.info.description")).contains("RFC 9457");
    }

    @Test
    void each_move_documents_its_required_fields_generated_from_the_table() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();
        String table = Api.read(docs, MOVE + ".description");
        for (var rule : MoveRules.caseMoves()) {
            var action = rule.move().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            var row = table.lines().filter(l -> l.startsWith("| `" + action + "` |")).findFirst();
            assertThat(row).as(action).isPresent();
            var cells = row.get().split("\\|");
            for (var input : rule.required()) {
                assertThat(cells[5]).as(action + " required").contains("`" + input.field() + "`");
            }
            if (rule.required().isEmpty()) {
                assertThat(cells[5].strip()).as(action + " required").isEqualTo("—");
            }
        }
        assertThat(table).contains("| `verify-false` |").contains("`comment`, `photoIds`");
        List<String> actions = Api.read(docs, MOVE + ".parameters[?(@.name == 'action')].schema.enum[*]");
        assertThat(actions).contains("accept", "dispatch", "urge").doesNotContain("report", "handle-on-spot");
    }

    @Test
    void refusals_are_listed_with_the_problem_schema() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();
        Map<String, Object> responses = Api.read(docs, MOVE + ".responses");
        assertThat(responses).containsKeys("200", "400", "403", "404", "409", "422");
        assertThat(Api.<String>read(docs, MOVE + ".responses['409'].description")).contains("allowedMoves");
        Map<String, Object> report = Api.read(docs, "$.paths['/api/cases'].post.responses");
        assertThat(report).containsKeys("400", "401", "403", "409", "422");
        assertThat(Api.<Map<String, Object>>read(docs, "$.components.schemas.Problem.properties")).containsKeys("code", "field", "detail");
    }
}

package org.urbangrid.console.cases;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseQueries;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.MoveRules;

/**
 * What a case list shows beside its rows: the optional columns that apply to it and are filled on this page, the
 * status tabs and sort links of a queue, the batch move its rows can be selected for, and its Excel export.
 */
final class DeskListView {

    private DeskListView() {}

    /**
     * The optional columns: each applies to the list (suggestions only to the dispatch queue, requests to lists
     * that hold them) and is shown only when a row on the page fills it; none is left standing empty.
     *
     * @param batch the move the selected rows are sent to, or null: no selection
     */
    record Columns(boolean department, boolean suggested, boolean request, boolean flags, CaseMove batch,
            Set<CaseStatus> selectable) {

        static Columns of(List<CaseRow> rows, boolean suggestionsApply, boolean requestsApply, CaseMove batch) {
            return new Columns(rows.stream().anyMatch(r -> !r.department().isEmpty()),
                    suggestionsApply && rows.stream().anyMatch(r -> !r.suggestedDepartment().isEmpty()),
                    requestsApply && rows.stream().anyMatch(r -> r.pendingRequest() != null),
                    rows.stream().anyMatch(r -> r.routingFlagged() || r.urgeCount() > 0),
                    batch, batch == null ? Set.of() : MoveRules.rule(batch).from());
        }

        /** Whether this row gets a checkbox (its status is one the batch move starts from). */
        public boolean selectable(CaseRow row) {
            return batch != null && selectable.contains(row.status());
        }

        /** The batch move's address segment, e.g. "send-to-verify". */
        public String batchPath() {
            return batch == null ? null : batch.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** A status tab of a queue ({@code status} null: all), with its count as the list counts. */
    record Tab(CaseStatus status, String count, String href, boolean active) {}

    /** A sort link of a queue. */
    record SortLink(CaseQueries.Sort sort, String href, boolean active) {}

    /** This address with some parameters replaced (null removes one), on the first page, without the language. */
    static String link(HttpServletRequest request, String path, String... nameValues) {
        var uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").replaceQueryParam("after")
                .replaceQueryParam("lang");
        if (path != null) {
            uri.replacePath(path);
        }
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            uri.replaceQueryParam(nameValues[i]);
            if (nameValues[i + 1] != null && !nameValues[i + 1].isEmpty()) {
                uri.replaceQueryParam(nameValues[i], nameValues[i + 1]);
            }
        }
        return uri.build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}

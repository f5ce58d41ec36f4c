package org.urbangrid.chiefs.web;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.urbangrid.cases.CaseSummary;
import org.urbangrid.cases.ScopedCaseReads;
import org.urbangrid.chiefs.internal.ChiefStore;

/**
 * A segment's cases as its chief reads them: the links first (the scope, checked by the caller against the chief's
 * segments), then the summaries through {@link ScopedCaseReads}. Newest first, keyset on (reported at, case id).
 */
@Component
class SegmentCases {

    /** A case of the segment as the phone lists it. */
    record Row(long id, String number, String status, String classCode, String description, String address,
            Instant reportedAt, String light, boolean primary, long distanceMetres) {}

    private final ChiefStore store;
    private final ScopedCaseReads cases;

    SegmentCases(ChiefStore store, ScopedCaseReads cases) {
        this.store = store;
        this.cases = cases;
    }

    List<Row> cases(long segmentId, Instant beforeAt, Long beforeId, int limit) {
        var links = store.links(segmentId, null, null, beforeAt, beforeId, limit);
        var byId = new java.util.HashMap<Long, CaseSummary>();
        cases.summariesInCheckedScope(links.stream().map(ChiefStore.Link::caseId).toList())
                .forEach(s -> byId.put(s.id(), s));
        return links.stream().filter(l -> byId.containsKey(l.caseId())).map(l -> {
            var s = byId.get(l.caseId());
            return new Row(s.id(), s.number(), s.status().name(), s.classCode(), s.description(), s.address(),
                    s.reportedAt(), s.clock() == null || s.clock().light() == null ? null : s.clock().light().name(),
                    l.primary(), Math.round(l.distanceMetres()));
        }).toList();
    }

    long openCount(long segmentId) {
        var links = store.links(segmentId, null, null, null, null, 1000);
        return cases.summariesInCheckedScope(links.stream().map(ChiefStore.Link::caseId).toList()).stream()
                .filter(s -> s.status().isOpen()).count();
    }
}

package org.urbangrid.audit;

import java.util.List;

/** Newest first; {@code nextBefore} is the id to ask for the next (older) page with, null on the last page. */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {}

package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.urbangrid.organization.Role;

/**
 * 流转记录: one step of a case's life, written once and never edited or deleted.
 *
 * @param stageOnTime whether the stage this move ended was ended within its deadline (null when the move ends no clocked stage)
 * @param details move-specific facts (departments, requested extension, close kind …)
 */
public record HistoryEntry(int seq, CaseMove move, long actorId, String actorName, Role role, Instant at,
        CaseStatus fromStatus, CaseStatus toStatus, String comment, List<String> photoIds, Map<String, String> details,
        Boolean stageOnTime) {}

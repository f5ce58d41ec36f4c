package org.urbangrid.cases;

import java.time.Instant;
import java.util.List;

/**
 * 公开动态: one public-facing move of a case — its plain-word state after the move and what the public may read of
 * it (the department's answer, a refusal's or transfer's reason). What a hotline's pull feed, its webhooks,
 * Open311's {@code servicerequestupdates} and the citizen's tracking page show.
 *
 * @param note the public words of the move: the answer, the reason, the main case of a merge; null for none
 * @param photoIds photos of the move that anyone may see (a fix's)
 * @param cursor where a reader of the feed continues after this update
 */
public record PublicUpdate(long caseId, String caseNumber, int seq, CaseMove move, Instant at,
        PublicStatus publicStatus, CaseStatus status, String note, List<String> photoIds, String cursor) {}

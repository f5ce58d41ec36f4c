package org.urbangrid.exchange;

import java.time.Instant;
import java.util.List;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicStatus;

/**
 * 公开案卷 of a hotline's case as this API shows it: what anyone may read ({@link org.urbangrid.cases.PublicCase}),
 * with the hotline's own ticket number; never the caller's name or phone.
 *
 * @param open whether anyone still works on it
 * @param expectedAt when the running stage is due
 * @param answer the department's latest answer (处置反馈)
 * @param mergedInto the case number this duplicate joined
 * @param timeline the public-facing updates, oldest first
 */
public record ExchangeCase(String caseNumber, String ticketId, CaseStatus status, PublicStatus publicStatus,
        boolean open, String classCode, String conditionCode, String description, String address, double latitude,
        double longitude, String streetCode, String communityCode, Long departmentId, Instant reportedAt,
        Instant updatedAt, Instant expectedAt, Instant closedAt, String answer, List<String> photoUrls,
        String mergedInto, boolean overdue, List<ExchangeUpdate> timeline) {}

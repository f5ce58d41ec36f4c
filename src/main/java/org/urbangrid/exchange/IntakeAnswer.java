package org.urbangrid.exchange;

import java.util.Map;

import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicStatus;

/**
 * The answer to a work order: the case it became (the same case on every retry).
 *
 * @param links {@code self}: the case's public view in this API; {@code updates}: the pull feed
 */
public record IntakeAnswer(String caseNumber, String ticketId, CaseStatus status, PublicStatus publicStatus,
        Map<String, String> links) {}

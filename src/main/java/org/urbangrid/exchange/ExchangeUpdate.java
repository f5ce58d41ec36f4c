package org.urbangrid.exchange;

import java.time.Instant;
import java.util.List;

import org.urbangrid.cases.CaseMove;
import org.urbangrid.cases.CaseStatus;
import org.urbangrid.cases.PublicStatus;

/**
 * 动态: one public-facing change of a hotline's case, as the pull feed lists it and a webhook posts it. Nothing of
 * any person (name, phone, account) is in it.
 *
 * @param updateId stable id of the update: case number and history position ({@code 20261125-00017:3})
 * @param cursor where the feed continues after this update
 * @param ticketId the hotline's own work-order number
 * @param move the move behind it ({@code TRANSFER_BACK}: 退回热线, the note is the reason)
 * @param note the public words of the move: the department's answer, a refusal's or transfer's reason
 * @param photoUrls the move's public photos (a fix's), metadata removed, served by this API
 */
public record ExchangeUpdate(String updateId, String cursor, String caseNumber, String ticketId, CaseMove move,
        PublicStatus publicStatus, CaseStatus status, String note, List<String> photoUrls, Instant at) {}

package org.urbangrid.exchange;

import java.time.Instant;

import org.urbangrid.cases.CaseSource;
import org.urbangrid.cases.Complexity;

/**
 * 工单: a hotline's work order, as the hotline system posts it. Either a position (WGS84) or an address the
 * gazetteer knows; a position wins when both are given.
 *
 * @param ticketId the hotline's work-order number (工单号): letters, digits and {@code -}, at most 32; with the
 *        channel, what makes a retry the same order
 * @param source {@code HOTLINE_12345} or {@code HOTLINE_12319}, the channel's own source (left out: the channel's)
 * @param address a road, place or building name the gazetteer knows (地名), used when no position is given
 * @param conditionCode the filing condition (立案条件) if the hotline already classified it, e.g. {@code E0102-01}
 * @param complexity 繁简: SIMPLE (5 work days, the default) or COMPLEX (15)
 * @param callerName the caller's name: kept on the case for the roles that call back, never in this API's answers
 * @param callerPhone the caller's phone: as the name
 * @param reportedAt when the hotline took the call; not after now (it is checked, not stored: the case's clocks
 *        start when the city receives the order)
 */
public record WorkOrder(String ticketId, CaseSource source, Double latitude, Double longitude, String address,
        String description, String conditionCode, Complexity complexity, String callerName, String callerPhone,
        Instant reportedAt) {}

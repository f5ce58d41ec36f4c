package org.urbangrid.gridteams;

import java.time.Instant;
import java.time.LocalDate;

import org.urbangrid.duty.Duty;

/**
 * 沿责任链督办: one urge of one answerable person at a case's place — whom (their duty key and name as then), the
 * message, the day to answer by, who urged and when, and the outbox message that told them.
 */
public record ChainUrge(long id, long caseId, String personKey, String personName, Duty duty, String message,
        LocalDate answerBy, long urgedBy, String urgedByName, Instant urgedAt, Long notificationId) {}

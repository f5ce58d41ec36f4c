package org.urbangrid.frontage;

import java.time.Instant;
import java.time.LocalDate;

/** 处置措施: a step taken on a unit (劝阻, 书面告知, 处罚), by whom and when, with an optional case. */
public record Step(long id, long unitId, StepKind kind, LocalDate takenOn, String note, Long caseId, long recordedBy,
        Instant recordedAt) {}

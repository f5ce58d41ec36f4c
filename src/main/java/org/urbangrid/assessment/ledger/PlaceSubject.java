package org.urbangrid.assessment.ledger;

import org.urbangrid.assessment.SubjectKind;

/**
 * A subject by place a case counts for (属地责任: 路段/河段, 路长/河长, 网格责任人), as read from {@code duty.WhoAnswers}
 * at the case's position when the ledger counted it.
 *
 * @param kind {@link SubjectKind#SEGMENT}, {@link SubjectKind#CHIEF} or {@link SubjectKind#GRID_KEEPER}
 * @param id the duty key ({@code segment:4}, {@code chief:12}, {@code keeper:7})
 * @param staffId the staff account of the person answering (a chief's, a keeper's), null for a segment or when none
 * @param name the name the duty system gave when the case was counted
 */
public record PlaceSubject(SubjectKind kind, String id, Long staffId, String name) {}

package org.urbangrid.board;

import java.time.Instant;

/** 意见 as the public reads it: the text and the answer, never the phone. */
public record PublicSuggestion(String code, SuggestionTopic topic, String text, SuggestionStatus status, String answer,
        Instant answeredAt, Instant createdAt) {}

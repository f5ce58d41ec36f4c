package org.urbangrid.board;

import java.time.Instant;

/**
 * 意见: a citizen's suggestion as staff see it. The public never gets this record: it reads {@link PublicSuggestion}.
 *
 * @param phone the citizen's phone, when given (personal data: staff only)
 * @param hiddenReason why an operator hid it, when hidden
 */
public record Suggestion(long id, String code, SuggestionTopic topic, String text, String phone,
        SuggestionStatus status, String answer, Instant answeredAt, String hiddenReason, Instant hiddenAt,
        Instant createdAt) {

    /** What anyone may read: no phone, no device, no staff member. */
    public PublicSuggestion toPublic() {
        return new PublicSuggestion(code, topic, text, status, answer, answeredAt, createdAt);
    }
}

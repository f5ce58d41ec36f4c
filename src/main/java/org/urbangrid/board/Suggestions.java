package org.urbangrid.board;

import java.util.List;
import java.util.Optional;

/**
 * 意见箱: citizens leave suggestions (no account; the caller has checked the proof of work), the operator answers or
 * hides them; the public reads the answered ones.
 */
public interface Suggestions {

    /** The longest suggestion text. */
    int MAX_TEXT = 1000;
    /** The longest answer. */
    int MAX_ANSWER = 2000;
    /** The longest reason for hiding. */
    int MAX_REASON = 500;

    /**
     * Leaves a suggestion; 400 naming {@code topic}, {@code text} or {@code phone} when one is missing or wrong.
     *
     * @param phone optional; digits, {@code +} and {@code -}
     * @param deviceId the signed device id of the citizen's browser (for abuse review), may be null
     * @return the tracking code (查询码) to read the answer with
     */
    String leave(String topic, String text, String phone, String deviceId);

    /** The suggestion with this code as its author reads it (any status; never the phone). */
    Optional<PublicSuggestion> byCode(String code);

    /** A page and the keyset cursor of the next one (null: none follows). */
    record Page<T>(List<T> items, Long next) {}

    /** Answered suggestions, newest first; keyset: ids below {@code beforeId} (null: from the newest). */
    Page<PublicSuggestion> answeredPage(Long beforeId, int limit);

    /**
     * For the operator: one status's suggestions, {@link SuggestionStatus#NEW} oldest first (the longest waiting on
     * top), the others newest first; keyset by id ({@code after}: the last id shown).
     */
    Page<Suggestion> forStaff(SuggestionStatus status, Long after, int limit);

    /** How many wait for an answer. */
    long waiting();

    /** 答复 as the acting operator or shift leader; makes it public. 400 naming {@code answer}. */
    Suggestion answer(long id, String answer);

    /** 不公开 as the acting operator or shift leader, with a reason (400 naming {@code reason}). */
    Suggestion hide(long id, String reason);
}

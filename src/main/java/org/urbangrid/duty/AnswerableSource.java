package org.urbangrid.duty;

import java.util.List;
import java.util.Optional;

/**
 * One duty system's answer to "who answers here": implemented by each duty module as a Spring bean. It must be
 * quick (an in-memory index, or an indexed query) because every case page and phone page asks.
 */
public interface AnswerableSource {

    /** The answerables of this system at the place, in the source's own order; empty when none. */
    List<Answerable> at(Where where);

    /**
     * The name of a person, unit or place of this system by its key ({@link Answerable#key()}, or a place's key such
     * as {@code segment:4}), for a ranking or a list that kept only the key; empty when the key is not this system's.
     */
    default Optional<String> nameOf(String key) {
        return Optional.empty();
    }
}

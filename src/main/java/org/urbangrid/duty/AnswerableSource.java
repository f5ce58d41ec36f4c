package org.urbangrid.duty;

import java.util.List;

/**
 * One duty system's answer to "who answers here": implemented by each duty module as a Spring bean. It must be
 * quick (an in-memory index, or an indexed query) because every case page and phone page asks.
 */
public interface AnswerableSource {

    /** The answerables of this system at the place, in the source's own order; empty when none. */
    List<Answerable> at(Where where);
}

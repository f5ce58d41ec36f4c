package org.urbangrid.catalog;

import java.util.Optional;

/** Looks up filing conditions for case intake. */
public interface Catalog {

    Optional<FilingCondition> condition(String code);

    /** The active condition with that code, or a 400 refusal naming the code. */
    FilingCondition requireActiveCondition(String code);
}

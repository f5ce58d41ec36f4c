package org.urbangrid.catalog;

import java.util.Optional;

/** The component register (部件库). */
public interface Components {

    Optional<ComponentRecord> find(String code);
}

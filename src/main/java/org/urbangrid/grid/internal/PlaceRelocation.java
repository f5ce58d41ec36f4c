package org.urbangrid.grid.internal;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.urbangrid.grid.GridsChanged;

/** Keeps each gazetteer place's unit grid right after an import, once the locator has been rebuilt. */
@Component
class PlaceRelocation {

    private final IndexedGazetteer gazetteer;

    PlaceRelocation(IndexedGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(10)
    void onGridsChanged(GridsChanged changed) {
        gazetteer.relocateAll();
    }
}

package org.urbangrid.exchange;

import java.util.List;

/**
 * A page of the pull feed, oldest first.
 *
 * @param nextCursor pass as {@code cursor} next time (the cursor given when nothing new came)
 */
public record ExchangeUpdates(List<ExchangeUpdate> updates, String nextCursor) {}

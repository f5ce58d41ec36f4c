package org.urbangrid.dispatch;

import java.util.Optional;

/** 派遣规则: which department leads a case. Empty when no rule matches: the case waits, flagged, for a dispatcher. */
public interface RoutingPolicy {

    Optional<RoutingSuggestion> suggest(RoutingQuery query);
}

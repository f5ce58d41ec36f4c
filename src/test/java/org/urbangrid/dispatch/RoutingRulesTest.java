package org.urbangrid.dispatch;

class RoutingRulesTest extends RoutingRulesContract {}

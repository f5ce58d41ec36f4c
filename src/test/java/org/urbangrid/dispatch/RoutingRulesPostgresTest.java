package org.urbangrid.dispatch;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class RoutingRulesPostgresTest extends RoutingRulesContract {}

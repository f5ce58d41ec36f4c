package org.urbangrid.exchange;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class HotlineExchangePostgresTest extends HotlineExchangeContract {}

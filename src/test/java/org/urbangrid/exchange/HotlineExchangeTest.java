package org.urbangrid.exchange;

class HotlineExchangeTest extends HotlineExchangeContract {}

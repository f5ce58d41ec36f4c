package org.urbangrid.chiefs;

class ChiefsTest extends ChiefsContract {}

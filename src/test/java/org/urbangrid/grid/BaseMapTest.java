package org.urbangrid.grid;

class BaseMapTest extends BaseMapContract {}

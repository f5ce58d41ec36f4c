package org.urbangrid.platform;

class BadInputApiTest extends BadInputContract {}

package org.urbangrid.catalog;

class ConcurrentCatalogEditsTest extends ConcurrentCatalogEditsContract {}

package org.urbangrid.catalog;

class CatalogStoreTest extends CatalogStoreContract {}

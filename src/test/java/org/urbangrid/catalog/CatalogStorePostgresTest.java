package org.urbangrid.catalog;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class CatalogStorePostgresTest extends CatalogStoreContract {}

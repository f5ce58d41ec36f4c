package org.urbangrid.catalog;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class ConcurrentCatalogEditsPostgresTest extends ConcurrentCatalogEditsContract {}

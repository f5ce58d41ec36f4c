package org.urbangrid.grid;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class GridStorePostgresTest extends GridStoreContract {}

package org.urbangrid.grid;

class GridStoreTest extends GridStoreContract {}

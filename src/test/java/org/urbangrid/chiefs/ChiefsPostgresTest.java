package org.urbangrid.chiefs;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class ChiefsPostgresTest extends ChiefsContract {}

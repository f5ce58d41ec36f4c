package org.urbangrid.grid;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class BaseMapPostgresTest extends BaseMapContract {}

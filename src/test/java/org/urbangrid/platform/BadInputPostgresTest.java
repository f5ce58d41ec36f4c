package org.urbangrid.platform;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class BadInputPostgresTest extends BadInputContract {}

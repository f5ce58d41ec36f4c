package org.urbangrid.frontage;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class FrontagePostgresTest extends FrontageContract {}

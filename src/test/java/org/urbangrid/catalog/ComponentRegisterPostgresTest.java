package org.urbangrid.catalog;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class ComponentRegisterPostgresTest extends ComponentRegisterContract {}

package org.urbangrid.gridteams;

import org.urbangrid.support.OnPostgres;

@OnPostgres
class GridTeamsPostgresTest extends GridTeamsContract {}

package org.urbangrid.gridteams;

class GridTeamsTest extends GridTeamsContract {}

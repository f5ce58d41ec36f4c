package org.urbangrid.simulation;

import org.urbangrid.support.OnPostgres;

/** The city-month simulation on PostgreSQL. */
@OnPostgres
class CitySimulationPostgresTest extends CitySimulationContract {}

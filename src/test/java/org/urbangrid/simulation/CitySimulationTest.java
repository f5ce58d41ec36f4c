package org.urbangrid.simulation;

/** The city-month simulation on H2. */
class CitySimulationTest extends CitySimulationContract {}

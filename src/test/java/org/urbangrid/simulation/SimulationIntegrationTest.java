package org.urbangrid.simulation;

import org.springframework.test.context.TestPropertySource;
import org.urbangrid.support.IntegrationTest;

/**
 * The simulation tests' own application context, on a database of its own (the test profile names each context's
 * H2 database afresh): the weeks they simulate start from the bare demo district, and the cases they leave open
 * stay out of the queues and overdue lists the other tests read.
 */
@TestPropertySource(properties = "urbangrid.test.context=simulation")
public abstract class SimulationIntegrationTest extends IntegrationTest {}

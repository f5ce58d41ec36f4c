/**
 * Simulation (城市月度模拟): drives the demo district through a month by the domain's own moves — every role
 * acting as itself, on a simulated clock, some late, some reworked, returned, extended, suspended or cancelled —
 * so that assessment, notices and the big screen have material. Seeded and repeatable; demo mode only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulation", allowedDependencies = {"platform", "organization", "grid", "catalog", "deadline", "attachments", "cases"})
package org.urbangrid.simulation;

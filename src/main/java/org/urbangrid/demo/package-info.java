/**
 * Demo (演示数据): the demo district modelled on 大连高新区 (seed 000) — departments, grids, gazetteer,
 * staff with the demo accounts and personal names, components and routing rules, and a few days of cases played by
 * the city simulator — loaded only into the embedded database
 * unless {@code urbangrid.demo=true} is set, never silently into a configured production database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"platform", "organization", "grid", "catalog", "dispatch", "simulation", "channels", "cases", "duty", "gridteams", "chiefs", "frontage"})
package org.urbangrid.demo;

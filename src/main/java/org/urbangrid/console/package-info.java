/**
 * Console (工作台): the browser pages in which every role does its whole job — queues, the case page, the
 * grid map, administration — and the inspector's phone pages (移动端). Server-rendered with Thymeleaf and htmx.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console", allowedDependencies = {"platform", "organization", "grid", "catalog", "deadline", "dispatch", "attachments", "cases", "audit", "assessment", "simulation", "channels", "duty"})
package org.urbangrid.console;

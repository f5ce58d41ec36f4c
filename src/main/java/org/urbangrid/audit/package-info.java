/**
 * Audit (审计日志): an append-only record of every administrative change — catalogue, limits, calendar,
 * routing rules, grids, staff, roles — with who made it, when, and the subject before and after (JSON).
 * Administrative services call {@link org.urbangrid.audit.AuditLog#record}; administrators read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.urbangrid.audit;

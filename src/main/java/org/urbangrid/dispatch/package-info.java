/**
 * Dispatch (派遣规则): routing rules from class / filing condition and street / community / grid to a lead
 * department, most specific first; components go to their owner department.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dispatch", allowedDependencies = {"platform", "organization", "grid", "catalog", "audit"})
package org.urbangrid.dispatch;

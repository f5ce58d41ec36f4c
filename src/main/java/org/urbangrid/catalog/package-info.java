/**
 * Catalog (部件事件分类): component (部件) and event (事件) classes of CJ/T 214, their filing conditions
 * (立案条件) with handling time limits and closing conditions, and the component register.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {"platform", "organization", "grid", "deadline", "audit"})
package org.urbangrid.catalog;

/**
 * Organization (组织机构): departments, staff accounts and their roles, responsibility areas
 * (责任区) and the scopes every action is checked against; authentication of API and browser users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization", allowedDependencies = {"platform", "grid", "audit"})
package org.urbangrid.organization;

/**
 * Cases (案卷): a reported problem's whole life — report, verify, file, dispatch, handle, check, close — as
 * an aggregate with one table of legal moves and an append-only history; queues, search and deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases", allowedDependencies = {"platform", "organization", "grid", "catalog", "deadline", "dispatch", "attachments"})
package org.urbangrid.cases;

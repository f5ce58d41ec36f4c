/**
 * Deadline (时限): the work calendar (工作日历) with working hours, weekends, holidays and swapped working
 * days; stage time limits; deadlines as value objects with their green / yellow / red light. Also hosts the
 * durable task scheduler (db-scheduler) that runs every {@code Task} bean other modules contribute.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline", allowedDependencies = {"platform", "audit"})
package org.urbangrid.deadline;

package org.urbangrid.audit;

/** Someone the audit log names: the staff id and the name recorded with their entries. */
public record AuditedPerson(long id, String name) {}

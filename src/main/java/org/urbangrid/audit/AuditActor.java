package org.urbangrid.audit;

/**
 * Implemented by the security principal of a logged-in person, so the audit log can name who acted
 * without depending on the module that authenticates them.
 */
public interface AuditActor {

    long auditActorId();

    String auditActorName();
}

package org.urbangrid.audit;

class AuditLogTest extends AuditLogContract {}

-- Audit log filters (issue 8): by actor and by time, newest first.
create index ix_audit_actor on audit_log (actor_id, id);
create index ix_audit_at on audit_log (at);

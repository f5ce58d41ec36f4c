-- Queues and search at a million cases (issue 6): every list reads an index in its own order, ending in id so
-- that keyset paging seeks straight to the cursor. Plain indexes: H2 has no partial ones.

-- 我的任务 / 超期: soonest deadline first. Cases without a clock (closed, refused) sort last, so an ordered scan of
-- (due_at, id) meets the open cases first; the role's status filter is checked on the way.
create index ix_cases_due on cases (due_at, id);
drop index ix_cases_status_due;
create index ix_cases_status_due on cases (status, due_at, id);
drop index ix_cases_inspector_queue;
create index ix_cases_inspector_queue on cases (assigned_inspector_id, status, due_at, id);
drop index ix_cases_department_queue;
create index ix_cases_department_queue on cases (lead_department_id, status, due_at, id);
drop index ix_cases_overdue;
create index ix_cases_overdue on cases (overdue, due_at, id);

-- Search, newest first, with the filters people use (and the inspector's own reports).
drop index ix_cases_reported;
create index ix_cases_reported on cases (reported_at, id);
drop index ix_cases_status_reported;
create index ix_cases_status_reported on cases (status, reported_at, id);
drop index ix_cases_class_reported;
create index ix_cases_class_reported on cases (class_code, reported_at, id);
drop index ix_cases_street_reported;
create index ix_cases_street_reported on cases (street_code, reported_at, id);
drop index ix_cases_dept_reported;
create index ix_cases_dept_reported on cases (lead_department_id, reported_at, id);
drop index ix_cases_grid_reported;
create index ix_cases_grid_reported on cases (unit_grid_code, reported_at, id);
create index ix_cases_community_reported on cases (community_code, reported_at, id);
create index ix_cases_reporter_reported on cases (reporter_id, reported_at, id);

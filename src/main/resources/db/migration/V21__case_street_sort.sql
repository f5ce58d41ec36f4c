-- 我的任务 sorted by street (issue 8): street, then soonest deadline, read in one index order with keyset paging.
create index ix_cases_street_due on cases (street_code, due_at, id);

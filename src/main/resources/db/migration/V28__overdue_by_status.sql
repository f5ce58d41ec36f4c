-- The leader's queue (URGE: overdue cases in every open status) counts its tabs per status as "overdue and this
-- status": read along (overdue, status) instead of walking a status's whole deadline index for its few overdue
-- cases (18–42 ms a tab with 1,000,000 cases, 0.2 ms now; BENCHMARKS.md, pages).
create index ix_cases_overdue_status on cases (overdue, status);

-- The whole-district figures over open cases, read index-only instead of from the table (BENCHMARKS.md, pages):
-- the lights of every running clock (the overview's 红/黄/绿, the screen) need due_at, warn_at and suspended_at
-- beside the status, so the deadline index carries them after its keyset columns (queues still seek on
-- status, due_at, id); the map's open cases per unit grid count along status, unit_grid_code.
drop index ix_cases_status_due;
create index ix_cases_status_due on cases (status, due_at, id, warn_at, suspended_at);
create index ix_cases_status_grid on cases (status, unit_grid_code);

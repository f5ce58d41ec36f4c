-- Capped counts of two common lists read one index range instead of combining two bitmaps (BENCHMARKS.md):
-- the dispatcher's pending requests on dispatched cases, and a community's cases in given states.
drop index ix_cases_pending;
create index ix_cases_pending on cases (pending_kind, status, due_at, id);
create index ix_cases_community_status on cases (community_code, status, reported_at, id);

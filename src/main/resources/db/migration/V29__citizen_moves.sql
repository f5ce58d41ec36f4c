-- Issue 9: what the case keeps for citizens and channels.
-- reopen_until: until when the reporter may say a closed case is not fixed (fixed at closing, urbangrid.cases.reopen-within)
-- public_seen_at: when the centre saw a citizen's text and photos (null: not shown publicly yet); staff reports are seen at once
-- merged_into_id: the earlier case a duplicate joined (status MERGED)
alter table cases add column reopen_until timestamp with time zone;
alter table cases add column reopen_count integer default 0 not null;
alter table cases add column public_seen_at timestamp with time zone;
alter table cases add column merged_into_id bigint references cases (id);
-- every case reported so far was the centre's own to show
update cases set public_seen_at = reported_at;
create index ix_cases_merged_into on cases (merged_into_id);
-- the public feed of changes reads the history in the order it happened
create index ix_history_at on case_history (at, case_id, seq);
-- the moderation list: citizen reports the centre has not seen, newest first
create index ix_cases_unseen on cases (public_seen_at, reported_at, id);

-- Issue 6: Spring Modulith's event publication registry (case domain events published after commit), and the
-- hash of the request an Idempotency-Key was first used for, so a replay with another body is refused.

-- The schema Spring Modulith 2.0 expects (events-jdbc schemas/v2), written once for H2 and PostgreSQL.
-- Completed publications are deleted (spring.modulith.events.completion-mode=delete), so the table holds only
-- publications whose listener has not finished.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       text          not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);
create index ix_event_publication_listener on event_publication (listener_id, publication_date);

create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       text          not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_archive_completion on event_publication_archive (completion_date);

-- SHA-256 (hex) of the canonical report: source, position, description, condition, photos, component, contact,
-- on the spot. Keys stored before this migration have none and keep answering with their first case.
alter table idempotency_key add column request_hash varchar(64);

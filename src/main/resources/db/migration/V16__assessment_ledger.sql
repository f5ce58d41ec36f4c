-- 考核台账 (issue 7): every case's tasks and what each adds to the assessment figures, kept from the case events,
-- with daily rollups so that a month or a year for every unit is a range scan of small rows.

-- How much of each case's history the ledger has derived (and the row a re-derivation locks).
create table assessment_case (
    case_id      bigint  primary key,
    history_size integer not null
);

-- One row per task: a stage of a case at one desk, or the report itself; replaced whole when the case moves.
create table assessment_task (
    case_id        bigint      not null,
    task_no        integer     not null,
    kind           varchar(16) not null,
    subject_id     bigint,
    unit_grid_code varchar(15) not null,
    community_code varchar(12) not null,
    street_code    varchar(9)  not null,
    started_at     timestamp with time zone not null,
    attr_day       date        not null,
    due_at         timestamp with time zone,
    ended_at       timestamp with time zone,
    end_move       varchar(24),
    on_time        boolean,
    returned       boolean     not null,
    reworked       boolean     not null,
    extended       boolean     not null,
    suspended      boolean     not null,
    suspended_now  boolean     not null,
    cancelled      boolean     not null,
    dispatch_no    integer     not null,
    report_valid   boolean,
    primary key (case_id, task_no)
);
create index ix_assessment_task_subject on assessment_task (kind, subject_id, attr_day);

-- What a case adds to a figure, fixed (an ended task, a case-level fact): the cases behind a figure.
create table assessment_fact (
    case_id        bigint      not null,
    task_no        integer     not null,
    code           varchar(32) not null,
    subject_kind   varchar(16) not null,
    subject_id     varchar(20) not null,
    unit_grid_code varchar(15) not null,
    community_code varchar(12) not null,
    street_code    varchar(9)  not null,
    attr_day       date        not null,
    num            integer     not null,
    den            integer     not null
);
create index ix_assessment_fact_case on assessment_fact (case_id);
create index ix_assessment_fact_subject on assessment_fact (subject_kind, subject_id, code, attr_day, case_id);
create index ix_assessment_fact_code on assessment_fact (subject_kind, code, attr_day, case_id);

-- Open tasks still running: due (and counted) only once due_at has passed, so read live. Small by nature: at
-- most a few rows per open case, removed when the case moves on (the partial index H2 lacks, as a table).
create table assessment_pending (
    case_id        bigint      not null,
    task_no        integer     not null,
    code           varchar(32) not null,
    subject_kind   varchar(16) not null,
    subject_id     varchar(20) not null,
    attr_day       date        not null,
    num            integer     not null,
    den            integer     not null,
    due_at         timestamp with time zone not null
);
create index ix_assessment_pending_case on assessment_pending (case_id);
create index ix_assessment_pending_kind on assessment_pending (subject_kind, attr_day, due_at);

-- Daily sums of the fixed facts per (day, figure, subject); region rows per unit grid carry its community and
-- street, so the levels above are sums of the same rows.
create table assessment_rollup (
    subject_kind   varchar(16) not null,
    attr_day       date        not null,
    code           varchar(32) not null,
    subject_id     varchar(20) not null,
    unit_grid_code varchar(15) not null,
    community_code varchar(12) not null,
    street_code    varchar(9)  not null,
    num            bigint      not null,
    den            bigint      not null,
    primary key (subject_kind, attr_day, code, subject_id, unit_grid_code)
);

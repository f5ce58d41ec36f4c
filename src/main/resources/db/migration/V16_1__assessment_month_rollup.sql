-- Monthly sums beside the daily ones: a quarter or a year reads one row per month and subject instead of one per
-- day (a period = its whole months from here + the days at either end from assessment_rollup).
create table assessment_rollup_month (
    subject_kind   varchar(16) not null,
    month_start    date        not null,
    code           varchar(32) not null,
    subject_id     varchar(20) not null,
    unit_grid_code varchar(15) not null,
    community_code varchar(12) not null,
    street_code    varchar(9)  not null,
    num            bigint      not null,
    den            bigint      not null,
    primary key (subject_kind, month_start, code, subject_id, unit_grid_code)
);

-- Issue 10: the assessment's subjects by place (路段/河段, 路长/河长, 网格责任人), read from duty.WhoAnswers at each
-- case's position when the ledger counts it. Their ids are duty keys (segment:<placeId>, chief:<id>, keeper:<id>),
-- longer than a staff id or a region code: the ledger's subject columns grow to 64.
alter table assessment_fact alter column subject_id set data type varchar(64);
alter table assessment_pending alter column subject_id set data type varchar(64);
alter table assessment_rollup alter column subject_id set data type varchar(64);
alter table assessment_rollup_month alter column subject_id set data type varchar(64);

-- The subjects by place the ledger has counted cases for: the staff account behind a chief or keeper (so they may
-- open the cases behind their own figures) and the name the duty system gave, kept for when it no longer knows the
-- key. Written when the ledger counts a case (insert once, update only on change).
create table assessment_place_subject (
    subject_kind varchar(16)  not null,
    subject_id   varchar(64)  not null,
    staff_id     bigint,
    name         varchar(200) not null,
    primary key (subject_kind, subject_id)
);
-- "which chiefs and keepers is this member of staff": the drill-down's own-figures check
create index ix_assessment_place_subject_staff on assessment_place_subject (staff_id);

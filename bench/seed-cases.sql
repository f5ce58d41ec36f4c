-- Seeds :n cases (default 1,000,000) with plausible states and history across the demo district, straight in
-- SQL (generate_series), into a database the platform has migrated and loaded the demo district into.
-- psql -v n=1000000 -d <db> -f bench/seed-cases.sql      (about 5 minutes per million rows on the shared 2 cores)
\if :{?n}
\else
  \set n 1000000
\endif
\timing on
set synchronous_commit = off;

create temporary table seed_grid as
  select row_number() over (order by g.code) as k, g.code,
         (select min(a.staff_id) from responsibility_area a where a.unit_grid_code = g.code) as inspector,
         b.lng0, b.lng1, b.lat0, b.lat1
  from grid g,
       lateral (select min(p[1]::double precision) as lng0, max(p[1]::double precision) as lng1,
                       min(p[2]::double precision) as lat0, max(p[2]::double precision) as lat1
                from regexp_matches(g.geometry, '(-?[0-9.]+) (-?[0-9.]+)', 'g') as p) b
  where length(g.code) = 15;
create temporary table seed_dept as select row_number() over (order by id) as k, id from department where active;
create temporary table seed_cond as
  select row_number() over (order by code) as k, code, class_code, limit_amount, limit_unit from filing_condition where active;
create temporary table seed_reporter as
  select row_number() over (order by id) as k, id, role from staff where role in ('INSPECTOR', 'OPERATOR') and active;
-- Share of each status: four in five closed; the open ones spread over every stage.
create temporary table seed_status (status varchar(20), stage varchar(20), upto double precision);
insert into seed_status values
  ('REPORTED', 'ACCEPT', 0.020), ('VERIFYING', 'VERIFY', 0.035), ('PENDING_FILING', 'FILE', 0.045),
  ('PENDING_DISPATCH', 'DISPATCH', 0.055), ('DISPATCHED', 'HANDLE', 0.115), ('SUSPENDED', 'HANDLE', 0.120),
  ('HANDLED', 'SEND_TO_CHECK', 0.130), ('CHECKING', 'CHECK', 0.140), ('PENDING_CLOSE', 'CLOSE', 0.145),
  ('NOT_FILED', null, 0.165), ('INVALID', null, 0.175), ('CANCELLED', null, 0.180), ('CLOSED', null, 1.0);

create temporary table seed_raw as
  select g as i, random() as rs, random() as rg, random() as rd, random() as rc, random() as rr, random() as ro,
         now() - (random() * interval '365 days') as reported_at
  from generate_series(1, :n) g;

insert into cases (case_number, version, source, status, condition_code, class_code, handling_limit_amount,
    handling_limit_unit, description, latitude, longitude, address, unit_grid_code, community_code, street_code,
    reporter_id, assigned_inspector_id, suggested_department_id, lead_department_id, stage, stage_started_at,
    stage_limit_amount, stage_limit_unit, due_at, warn_at, suspended_at, overdue, pending_kind, pending_reason,
    pending_by, pending_at, close_kind, reported_at, filed_at, dispatched_at, handled_at, closed_at, updated_at)
select to_char(r.reported_at, 'YYYYMMDD') || '-S' || lpad(r.i::text, 7, '0'), 1,
       case when r.rr < 0.6 then 'INSPECTOR' when r.rr < 0.9 then 'HOTLINE_12345' else 'PUBLIC' end,
       s.status,
       case when filed then c.code end, case when filed then c.class_code end,
       case when filed then c.limit_amount end, case when filed then c.limit_unit end,
       'seeded case ' || r.i,
       -- inside the case's unit grid (its bounding box's middle three fifths), as a report's position is
       g.lat0 + (g.lat1 - g.lat0) * (0.2 + 0.6 * random()), g.lng0 + (g.lng1 - g.lng0) * (0.2 + 0.6 * random()),
       '凌水街道 seeded', g.code, substr(g.code, 1, 12), substr(g.code, 1, 9),
       case when r.rr < 0.6 then coalesce(g.inspector, p.id) else op.id end,
       case when s.status in ('VERIFYING', 'CHECKING') then g.inspector end,
       case when filed then d.id end,
       case when dispatched then d.id end,
       s.stage,
       case when s.stage is not null then stage_start end,
       case when s.stage is not null then 4 end, case when s.stage is not null then 'WORK_HOURS' end,
       case when s.stage is not null then due end, case when s.stage is not null then due - interval '48 minutes' end,
       case when s.status = 'SUSPENDED' then stage_start + interval '1 hour' end,
       s.stage is not null and s.status <> 'SUSPENDED' and due < now(),
       case when s.status = 'DISPATCHED' and r.ro < 0.05 then 'EXTENSION' end,
       case when s.status = 'DISPATCHED' and r.ro < 0.05 then 'seeded request' end,
       case when s.status = 'DISPATCHED' and r.ro < 0.05 then p.id end,
       case when s.status = 'DISPATCHED' and r.ro < 0.05 then stage_start end,
       case when s.status = 'CLOSED' then 'NORMAL' end,
       r.reported_at,
       case when filed then r.reported_at + interval '2 hours' end,
       case when dispatched then r.reported_at + interval '3 hours' end,
       case when s.status in ('HANDLED', 'CHECKING', 'PENDING_CLOSE', 'CLOSED') then r.reported_at + interval '1 day' end,
       case when s.stage is null then r.reported_at + interval '2 days' end,
       coalesce(stage_start, r.reported_at + interval '2 days')
from seed_raw r
cross join lateral (select * from seed_status where upto >= r.rs order by upto limit 1) s
join seed_grid g on g.k = 1 + floor(r.rg * (select count(*) from seed_grid))::int
join seed_dept d on d.k = 1 + floor(r.rd * (select count(*) from seed_dept))::int
join seed_cond c on c.k = 1 + floor(r.rc * (select count(*) from seed_cond))::int
join seed_reporter p on p.k = 1 + floor(r.rr * (select count(*) from seed_reporter))::int
cross join (select id from staff where username = 'operator') op
cross join lateral (select s.status in ('PENDING_DISPATCH', 'DISPATCHED', 'SUSPENDED', 'HANDLED', 'CHECKING',
                                        'PENDING_CLOSE', 'CLOSED') as filed,
                           s.status in ('DISPATCHED', 'SUSPENDED', 'HANDLED', 'CHECKING', 'PENDING_CLOSE', 'CLOSED')
                               as dispatched,
                           -- open stages started within the last ten days (the older ones are overdue)
                           case when s.stage is not null then now() - (r.ro * interval '10 days') end as stage_start,
                           now() - (r.ro * interval '10 days') + interval '2 days' as due) t;
-- History: the report, and the move that brought the case where it is.
insert into case_history (case_id, seq, move, actor_id, actor_name, actor_role, at, from_status, to_status, comment)
  select id, 1, 'REPORT', reporter_id, 'seed',
         case when source = 'INSPECTOR' then 'INSPECTOR' else 'OPERATOR' end, reported_at, null, 'REPORTED', description
  from cases where case_number like '%-S%';
insert into case_history (case_id, seq, move, actor_id, actor_name, actor_role, at, from_status, to_status, comment)
  select id, 2, case status when 'CLOSED' then 'CLOSE' when 'DISPATCHED' then 'DISPATCH' when 'VERIFYING' then 'SEND_TO_VERIFY'
                  when 'PENDING_FILING' then 'VERIFY_TRUE' when 'PENDING_DISPATCH' then 'FILE' when 'HANDLED' then 'REPORT_HANDLED'
                  when 'CHECKING' then 'SEND_TO_CHECK' when 'PENDING_CLOSE' then 'CHECK_PASS' when 'NOT_FILED' then 'REFUSE'
                  when 'INVALID' then 'VERIFY_FALSE' when 'CANCELLED' then 'APPROVE_CANCEL' else 'APPROVE_REQUEST' end,
         reporter_id, 'seed', 'SHIFT_LEADER', updated_at, 'REPORTED', status, null
  from cases where case_number like '%-S%' and status <> 'REPORTED';
insert into case_assist (case_id, department_id)
  select c.id, d.id from cases c join seed_dept d on d.k = 1 + (c.id % (select count(*) from seed_dept))
  where c.case_number like '%-S%' and c.status = 'DISPATCHED' and c.id % 10 = 0 and d.id <> c.lead_department_id;
vacuum analyze cases;
vacuum analyze case_history;
vacuum analyze case_assist;
select status, count(*) from cases group by status order by 2 desc;

-- The assessment rollups (考核台账 daily and monthly sums) at the size :n cases a month leave them, for every month
-- of 2026, into a database the platform has migrated and loaded the demo district into (bench/assessment.sh).
-- Each case's contributions are made on the fly (about 30 facts a case: the inspector's report, verify and check,
-- the operators', shift leader's and dispatcher's desks, the department's handling and the unit grid's region
-- figures, with plausible shares on time), then summed per day and subject as the ledger listener keeps them.
-- The same sum, timed alone first, is the from-scratch recount the platform is compared with.
\if :{?n}
\else
  \set n 1000000
\endif
set synchronous_commit = off;
set work_mem = '256MB';

create temporary table b_grid as select row_number() over (order by code) as k, code, substr(code, 1, 12) as community,
       substr(code, 1, 9) as street from grid where length(code) = 15;
create temporary table b_dept as select row_number() over (order by id) as k, id::text as id from department where active;
create temporary table b_insp as select row_number() over (order by id) as k, id::text as id from staff where role = 'INSPECTOR' and active;
create temporary table b_staff as select role, min(id)::text as id from staff where active group by role;

-- One month of contributions, :n cases, as (subject_kind, attr_day, code, subject_id, unit_grid_code, community,
-- street, num, den).
create temporary view b_facts as
with c as (
  select i, date '2026-11-01' + (i % 30) as d, g.code as grid, g.community, g.street,
         (select id from b_dept where k = 1 + (i * 7 % (select count(*) from b_dept))) as dept,
         (select id from b_insp where k = 1 + (i * 13 % (select count(*) from b_insp))) as insp,
         (i % 100) as r
  from generate_series(1, :n) i join b_grid g on g.k = 1 + (i * 31 % (select count(*) from b_grid))
), f(kind, code, sub, num, den, d) as (
  select 'INSPECTOR', 'REPORTS', insp, 1, 0, d from c union all
  select 'INSPECTOR', 'VALID_REPORT_RATE', insp, case when r < 95 then 1 else 0 end, 1, d from c union all
  select 'INSPECTOR', 'ON_TIME_CHECK_RATE', insp, case when r < 90 then 1 else 0 end, 1, d from c union all
  select 'INSPECTOR', '_CASES', insp, 1, 0, d from c union all
  select 'OPERATOR', 'OPERATOR_VOLUME', (select id from b_staff where role = 'OPERATOR'), 2, 0, d from c union all
  select 'OPERATOR', 'ON_TIME_VERIFY_SENDING_RATE', (select id from b_staff where role = 'OPERATOR'), case when r < 97 then 1 else 0 end, 1, d from c union all
  select 'OPERATOR', 'ON_TIME_CHECK_SENDING_RATE', (select id from b_staff where role = 'OPERATOR'), case when r < 96 then 1 else 0 end, 1, d from c union all
  select 'SHIFT_LEADER', 'ON_TIME_FILING_RATE', (select id from b_staff where role = 'SHIFT_LEADER'), case when r < 98 then 1 else 0 end, 1, d from c union all
  select 'SHIFT_LEADER', 'ACCURATE_FILING_RATE', (select id from b_staff where role = 'SHIFT_LEADER'), case when r < 99 then 1 else 0 end, 1, d from c union all
  select 'SHIFT_LEADER', 'ON_TIME_CLOSING_RATE', (select id from b_staff where role = 'SHIFT_LEADER'), case when r < 97 then 1 else 0 end, 1, d from c union all
  select 'DISPATCHER', 'DISPATCH_VOLUME', (select id from b_staff where role = 'DISPATCHER'), 1, 0, d from c union all
  select 'DISPATCHER', 'ON_TIME_DISPATCH_RATE', (select id from b_staff where role = 'DISPATCHER'), case when r < 96 then 1 else 0 end, 1, d from c union all
  select 'DISPATCHER', 'ACCURATE_DISPATCH_RATE', (select id from b_staff where role = 'DISPATCHER'), case when r < 94 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'DEPARTMENT_VOLUME', dept, 1, 0, d from c union all
  select 'DEPARTMENT', 'HANDLE_RATE', dept, case when r < 92 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'ON_TIME_HANDLE_RATE', dept, case when r < 85 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'EXTENSION_RATE', dept, case when r < 3 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'RETURN_RATE', dept, case when r < 5 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'OVERDUE_RATE', dept, case when r < 4 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'CLOSE_RATE', dept, case when r < 93 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', 'REWORK_RATE', dept, case when r < 8 then 1 else 0 end, 1, d from c union all
  select 'DEPARTMENT', '_CASES', dept, 1, 0, d from c
)
select f.kind as subject_kind, f.d as attr_day, f.code, f.sub as subject_id, '' as unit_grid_code, '' as community,
       '' as street, f.num, f.den
from f
union all
select 'UNIT_GRID', d, x.code, grid, grid, community, street, x.num, x.den
from c cross join lateral (values ('FILED', 1, 0), ('PUBLIC_REPORT_RATE', case when r < 5 then 1 else 0 end, 1),
    ('CLOSE_RATE', case when r < 93 then 1 else 0 end, 1), ('ON_TIME_CLOSE_RATE', case when r < 80 then 1 else 0 end, 1),
    ('_CASES', 1, 0)) x(code, num, den)
union all
select 'INSPECTOR', d, '_OWN_FILED', insp, grid, '', '', 1, 0 from c where r < 95;

\echo 'RECOUNT from scratch: every subject and figure of the month, summed from the cases'' contributions'
\timing on
select count(*) as subject_figures, sum(n) as num_total from (
  select subject_kind, code, subject_id, sum(num) as n, sum(den) from b_facts group by subject_kind, code, subject_id
) x;
\timing off

insert into assessment_rollup (subject_kind, attr_day, code, subject_id, unit_grid_code, community_code, street_code, num, den)
select subject_kind, attr_day, code, subject_id, unit_grid_code, community, street, sum(num), sum(den)
from b_facts group by subject_kind, attr_day, code, subject_id, unit_grid_code, community, street;

-- Every month of 2026 alike (November's sums moved to each month), daily and monthly, as twelve such months leave them.
insert into assessment_rollup (subject_kind, attr_day, code, subject_id, unit_grid_code, community_code, street_code, num, den)
select subject_kind, (attr_day + make_interval(months => m - 11))::date, code, subject_id, unit_grid_code, community_code, street_code, num, den
from assessment_rollup cross join generate_series(1, 12) m
where m <> 11 and attr_day between date '2026-11-01' and date '2026-11-30'
  and extract(day from attr_day) <= extract(day from (date '2026-01-01' + make_interval(months => m - 1) + interval '1 month - 1 day'));
insert into assessment_rollup_month (subject_kind, month_start, code, subject_id, unit_grid_code, community_code, street_code, num, den)
select subject_kind, date_trunc('month', attr_day)::date, code, subject_id, unit_grid_code, community_code, street_code, sum(num), sum(den)
from assessment_rollup group by subject_kind, date_trunc('month', attr_day), code, subject_id, unit_grid_code, community_code, street_code;
analyze assessment_rollup;
analyze assessment_rollup_month;
select 'daily rollup rows' as what, count(*) from assessment_rollup
union all select 'monthly rollup rows', count(*) from assessment_rollup_month;

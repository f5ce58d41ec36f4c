-- Two-step limits (先期处置 + 处置) and hotline complexity (issue 6 §5).

-- A filing condition may carry a first-step limit: make the site safe within it, fix within the handling limit.
alter table filing_condition add column safe_limit_amount integer;
alter table filing_condition add column safe_limit_unit varchar(20);
alter table filing_condition add constraint ck_filing_condition_safe_limit
    check ((safe_limit_amount is null and safe_limit_unit is null)
        or (safe_limit_amount > 0 and safe_limit_unit is not null));

-- The published rule for a missing cover (DOMAIN §5): made safe within 3 h, fixed within 6 h, round the clock.
update filing_condition
   set safe_limit_amount = 3, safe_limit_unit = 'NATURAL_HOURS', limit_amount = 6, limit_unit = 'NATURAL_HOURS'
 where description in ('井盖丢失', '雨水箅子丢失');

-- A case keeps the limit it was filed with, its first-step clock and when it was made safe.
alter table cases add column complexity varchar(10);
alter table cases add column safe_limit_amount integer;
alter table cases add column safe_limit_unit varchar(20);
alter table cases add column safe_started_at timestamp with time zone;
alter table cases add column safe_due_at timestamp with time zone;
alter table cases add column safe_warn_at timestamp with time zone;
alter table cases add column made_safe_at timestamp with time zone;
create index ix_cases_safe_due on cases (safe_due_at);

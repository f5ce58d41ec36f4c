-- Catalog: 部件/事件 major classes (大类), minor classes (小类) with their 立案条件, and the component register (部件库).
create table catalog_major (
    kind varchar(10) not null,
    code varchar(2)  not null,
    name varchar(50) not null,
    primary key (kind, code)
);

-- A minor class: kind letter + major (2) + minor (2), e.g. C0101 上水井盖, E0102 暴露垃圾; 21xx are local.
create table catalog_class (
    code       varchar(5)   primary key,
    kind       varchar(10)  not null,
    major_code varchar(2)   not null,
    name       varchar(100) not null,
    local      boolean      not null default false,
    active     boolean      not null default true,
    foreign key (kind, major_code) references catalog_major (kind, code)
);
create index ix_catalog_class_kind on catalog_class (kind);

-- 立案条件: never deleted (cases keep its code), only deactivated.
create table filing_condition (
    code              varchar(8)   primary key,
    class_code        varchar(5)   not null references catalog_class (code),
    description       varchar(500) not null,
    limit_amount      integer      not null check (limit_amount > 0),
    limit_unit        varchar(20)  not null,
    closing_condition varchar(500) not null,
    active            boolean      not null default true
);
create index ix_filing_condition_class on filing_condition (class_code);

-- 部件: code = county (6) + major (2) + minor (2) + serial (6).
create table component (
    code                     varchar(16)      primary key,
    class_code               varchar(5)       not null references catalog_class (code),
    name                     varchar(100)     not null,
    latitude                 double precision not null,
    longitude                double precision not null,
    unit_grid_code           varchar(15)      not null,
    owner_department_id      bigint references department (id),
    maintainer_department_id bigint references department (id),
    state                    varchar(10)      not null,
    material                 varchar(50),
    survey_date              date,
    source                   varchar(50),
    imported_at              timestamp with time zone not null
);
create index ix_component_grid on component (unit_grid_code);
create index ix_component_class on component (class_code);
create index ix_component_state on component (state);

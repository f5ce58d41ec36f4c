-- Grids (网格): district → street → community → unit grid. Polygons are WKT in WGS84 (lng lat),
-- indexed in memory with JTS; area_m2 is computed at import.
create table grid (
    code        varchar(15)  primary key,
    name        varchar(100) not null,
    grid_level  varchar(10)  not null,
    parent_code varchar(15)  references grid (code),
    geometry    text         not null,
    area_m2     double precision not null,
    updated_at  timestamp with time zone not null
);
create index ix_grid_parent on grid (parent_code);
create index ix_grid_level on grid (grid_level);

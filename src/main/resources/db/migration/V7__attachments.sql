-- 附件: photo metadata; the bytes live in the photo store (a folder under the data directory).
create table photo (
    id           varchar(36)  primary key,
    content_type varchar(32)  not null,
    size         bigint       not null,
    sha256       varchar(64)  not null,
    uploaded_at  timestamp with time zone not null,
    uploaded_by  bigint       not null references staff (id)
);
create index ix_photo_uploaded_by on photo (uploaded_by);

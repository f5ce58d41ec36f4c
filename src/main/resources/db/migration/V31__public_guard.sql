-- Public doors (公众入口): proof-of-work challenges already used, each until it expires, so that no two nodes
-- accept one challenge. Rows past expires_at are deleted by the nodes as they claim new ones.
create table public_pow_used (
    challenge_id varchar(64) primary key,
    expires_at   timestamp with time zone not null
);

create index public_pow_used_expires on public_pow_used (expires_at);

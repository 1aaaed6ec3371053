-- Bumped by every change to an API user's credentials or partners (create, rotate, enable, disable,
-- grant): each server keeps authenticated API users in memory and drops them when this changes.
create table credential_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into credential_version (id, version) values (1, 0);

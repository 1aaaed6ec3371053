-- Domain events, durable (README, "Domain events"): Spring Modulith's event publication registry,
-- in its second structure. A change that publishes an event writes one row per listener of it in the
-- change's own transaction; the listener runs after the commit and its row goes when it succeeds
-- (completion mode "delete"), so a row is an event some listener has not yet taken: failed, or its
-- server gone before it ran. Rows stay small (completed ones are deleted), so the library's lookups
-- by listener and serialized event scan only the outstanding rows of one listener; no index holds the
-- serialized event itself, whose length a B-tree index would bound on PostgreSQL.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar                  not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_status on event_publication (status, publication_date);
create index event_publication_by_completion_date on event_publication (completion_date);

-- One row that the servers lock in turn to redeliver failed events: one server at a time reads the
-- failed publications and claims them, so two servers never both deliver one.
create table event_redelivery (
    id int not null primary key
);
insert into event_redelivery (id) values (1);

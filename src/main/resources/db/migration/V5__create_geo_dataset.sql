-- Which geographic reference data the tables hold: the bundled data set (loaded on first start) or
-- an operator's import. One row. Every load or import raises the version, and each server reloads
-- its in-memory copy when it sees a new one.
create table geo_dataset (
    id        integer                  not null primary key,
    source    varchar(20)              not null,
    version   bigint                   not null,
    loaded_at timestamp with time zone not null,
    constraint geo_dataset_one_row check (id = 1)
);

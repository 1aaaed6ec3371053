-- Commercial partners and the API users that act for them.
create table partner (
    copa_id    integer                  not null primary key,
    name       varchar(200)             not null,
    created_at timestamp with time zone not null
);

create table api_user (
    user_code    integer                  not null primary key,
    -- SHA-256 of the app key, in hex: the key itself is never stored.
    app_key_hash varchar(64)              not null,
    enabled      boolean                  not null,
    created_at   timestamp with time zone not null
);

create table api_user_partner (
    user_code integer not null references api_user (user_code),
    copa_id   integer not null references partner (copa_id),
    primary key (user_code, copa_id)
);

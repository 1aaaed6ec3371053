-- Geographic reference data with the integer codes that partners store.
create table country (
    country_code integer      not null primary key,
    iso_code     varchar(2)   not null unique,
    name         varchar(100) not null,
    phone_code   varchar(10)  not null
);

create table state (
    state_code   integer      not null primary key,
    country_code integer      not null references country (country_code),
    name         varchar(200) not null
);
create index state_country on state (country_code);

create table city (
    city_code  integer      not null primary key,
    state_code integer      not null references state (state_code),
    name       varchar(200) not null
);
create index city_state on city (state_code);

-- The places the Box API documentation uses; the full data set comes later.
insert into country (country_code, iso_code, name, phone_code) values (155, 'MX', 'Mexico', '52');
insert into state (state_code, country_code, name) values (2761, 155, 'Aguascalientes');
insert into city (city_code, state_code, name) values (95411, 2761, 'Calvillo');

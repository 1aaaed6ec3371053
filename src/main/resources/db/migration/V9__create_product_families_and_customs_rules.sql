-- A partner's product families (the Box API's fmpr_cdg): their names in English and Spanish and a
-- surcharge in percent of the shipping rate.
create table product_family (
    copa_id           integer      not null references partner (copa_id),
    family_code       varchar(10)  not null,
    name_eng          varchar(100) not null,
    name_esp          varchar(100) not null,
    surcharge_percent numeric(5,2) not null,
    primary key (copa_id, family_code)
);

-- Import duties and taxes per destination country, as the operator keeps them: nothing is due up to
-- the de-minimis value; above it, duty on the value and tax on the value plus duty.
create table customs_rule (
    country_code integer       not null primary key references country (country_code),
    de_minimis   numeric(12,2) not null,
    duty_percent numeric(5,2)  not null,
    tax_percent  numeric(5,2)  not null
);

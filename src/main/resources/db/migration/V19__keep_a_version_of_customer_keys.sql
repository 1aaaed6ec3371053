-- Row 2 of credential_version is the customers' own: bumped by every change to what opens a customer
-- operation (a new key with a new e-mail, an account disabled or enabled). Each server keeps the keys of
-- the boxes it served in memory and drops them when this changes.
insert into credential_version (id, version) values (2, 0);

-- Every foreign key gets an index: PostgreSQL makes none on its own (H2 does), and without them
-- deleting a customer's phones, importing cities and removing a partner scan the referencing table
-- once per row.
create index customer_address_phone on customer_address (phone_id);
create index customer_address_city on customer_address (city_code);
create index api_user_partner_partner on api_user_partner (copa_id);

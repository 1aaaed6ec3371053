-- Every artefact derived from the server secret records the version of the keys it was made under
-- (ServerSecret): 0 is the derivation of every release before versions, and what every existing row
-- was made with; new rows are written with the current version.
alter table customer add column key_version smallint default 0 not null;
alter table payment_card add column fingerprint_version smallint default 0 not null;

-- A card's fingerprint under every version held when it was attached (its own version among them), so
-- that the same card is found on other boxes whichever version each was fingerprinted under.
create table card_fingerprint (
    card_id     bigint      not null references payment_card (card_id),
    key_version smallint    not null,
    fingerprint varchar(64) not null,
    primary key (card_id, key_version)
);
create index card_fingerprint_match on card_fingerprint (fingerprint, key_version);
insert into card_fingerprint (card_id, key_version, fingerprint)
select card_id, 0, fingerprint from payment_card;

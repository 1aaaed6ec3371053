-- Staff decide a consolidation request: they consolidate it (its shipments become the pieces of one
-- new shipment, consolidated_into) or refuse it with a reason the customer sees; either way, when and
-- by whom. The statuses: OPEN, CONSOLIDATED, REFUSED.
alter table consolidation_request alter column status set data type varchar(20);
alter table consolidation_request add column decided_at timestamp with time zone;
alter table consolidation_request add column decided_by varchar(100);
alter table consolidation_request add column consolidated_into bigint;
alter table consolidation_request add constraint consolidation_request_into
    foreign key (consolidated_into) references shipment (trck_nmr_fol);
create index consolidation_request_consolidated_into on consolidation_request (consolidated_into);
-- The open requests staff work through, oldest first.
create index consolidation_request_status on consolidation_request (status, requested_at);

-- A consolidated shipment's pieces are copies of its originals' pieces (which keep theirs): copied_from
-- is the piece a copy was made from, 0 for a package as the warehouse received it. A package is
-- received once (one piece with copied_from 0 per courier and inbound tracking), and a piece is copied
-- at most once.
alter table shipment_piece add column copied_from bigint default 0 not null;
alter table shipment_piece drop constraint shipment_piece_inbound;
alter table shipment_piece add constraint shipment_piece_inbound unique (courier_code, inbound_tracking, copied_from);

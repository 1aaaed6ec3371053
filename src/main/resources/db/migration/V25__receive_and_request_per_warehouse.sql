-- A warehouse receives a courier's package once: a second scan there answers what the first one made.
-- Another warehouse scanning the same courier and tracking number makes its own shipment (or
-- unidentified package), exactly as for a number it never saw, so that its staff learn nothing of the
-- first warehouse's packages. A piece therefore carries its shipment's warehouse (a shipment never
-- changes warehouse), and the lookups by tracking number are a warehouse's.
alter table shipment_piece add column warehouse_code varchar(10);
update shipment_piece
   set warehouse_code = (select s.warehouse_code from shipment s where s.trck_nmr_fol = shipment_piece.trck_nmr_fol);
alter table shipment_piece alter column warehouse_code set not null;
alter table shipment_piece add constraint shipment_piece_warehouse
    foreign key (warehouse_code) references warehouse (warehouse_code);
alter table shipment_piece drop constraint shipment_piece_inbound;
alter table shipment_piece add constraint shipment_piece_inbound
    unique (warehouse_code, inbound_tracking, courier_code, copied_from);
drop index shipment_piece_inbound_tracking;

alter table unidentified_package drop constraint unidentified_package_inbound;
alter table unidentified_package add constraint unidentified_package_inbound
    unique (warehouse_code, courier_code, inbound_tracking);
-- The warehouse's queue, oldest first, a page at a time.
drop index unidentified_package_open;
create index unidentified_package_open on unidentified_package (warehouse_code, assigned_at, received_at, package_id);

-- A consolidation request is its shipments' warehouse's (a customer may only ask for shipments of one),
-- whose staff page through the open ones, oldest first.
alter table consolidation_request add column warehouse_code varchar(10);
update consolidation_request
   set warehouse_code = (select min(s.warehouse_code)
                           from consolidation_request_item i
                           join shipment s on s.trck_nmr_fol = i.trck_nmr_fol
                          where i.request_id = consolidation_request.request_id);
alter table consolidation_request alter column warehouse_code set not null;
alter table consolidation_request add constraint consolidation_request_warehouse
    foreign key (warehouse_code) references warehouse (warehouse_code);
create index consolidation_request_open on consolidation_request (warehouse_code, status, requested_at, request_id);

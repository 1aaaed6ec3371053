-- An INVOICE_REQUIRED hold that an invoice rule raised when the package was received is lifted by
-- the customer's invoice (typed lines or a file); one that staff raised by hand is staff's to clear.
-- Holds raised before this release are told apart by the audit line written with them: intake
-- audited a rule's hold with the rule's reason in brackets ("INVOICE_REQUIRED (declared value ...)"),
-- at the very instant it raised the hold.
alter table shipment_hold add column raised_by_rule boolean default false not null;

update shipment_hold set raised_by_rule = true
 where reason = 'INVOICE_REQUIRED'
   and exists (select 1 from shipment_audit a
                where a.trck_nmr_fol = shipment_hold.trck_nmr_fol
                  and a.action = 'HOLD_RAISED'
                  and a.occurred_at = shipment_hold.raised_at
                  and a.detail like 'INVOICE_REQUIRED (%');

-- The invoice link a client sends with a consolidation request is this server's own download link
-- (or empty), whose stored file name is percent-encoded: a name of non-Latin letters makes it longer
-- than 500 characters. Links are now checked to be web addresses of at most 2048 characters.
alter table consolidation_request_item alter column invoice_url set data type varchar(2048);

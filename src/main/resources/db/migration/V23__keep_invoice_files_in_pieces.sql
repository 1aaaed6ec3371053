-- An invoice file's bytes in pieces of 256 KiB (the last one shorter), so that a download reads and
-- sends one piece at a time: PostgreSQL's driver (and H2's) reads a whole bytea value into memory, and
-- files were read whole, once per download. The files kept whole until now are cut into the same
-- pieces (the numbers 0 to 9999 cover any file a byte array can hold), then the old table goes.
create table invoice_file_chunk (
    invoice_id bigint  not null references invoice_file (invoice_id),
    chunk_no   integer not null,
    content    bytea   not null,
    primary key (invoice_id, chunk_no)
);

insert into invoice_file_chunk (invoice_id, chunk_no, content)
select c.invoice_id, n.chunk_no, substring(c.content from n.chunk_no * 262144 + 1 for 262144)
  from invoice_file_content c
  join (select d1.d + 10 * d2.d + 100 * d3.d + 1000 * d4.d as chunk_no
          from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d1 (d)
         cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d2 (d)
         cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d3 (d)
         cross join (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) d4 (d)) n
    on cast(n.chunk_no as bigint) * 262144 < octet_length(c.content);

drop table invoice_file_content;

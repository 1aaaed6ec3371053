-- The card a customer attached last, as get-info shows it (MASTER ending 4444; '' without one), kept on
-- the customer's row so that get-info reads a customer in one statement.
alter table customer add column payment_method varchar(60) default '' not null;

update customer
   set payment_method = coalesce((select p.brand || ' ending ' || p.last_four
                                    from payment_card p
                                   where p.cust_id = customer.cust_id
                                   order by p.card_id desc
                                   fetch first 1 rows only), '');

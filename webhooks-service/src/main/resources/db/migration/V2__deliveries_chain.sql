-- Order per (subscription, account) through a chain: each delivery names the delivery written before
-- it for the same pair, and waits while that one is pending. The claim then checks one row by primary
-- key instead of searching the pending set, whose plan went bad whenever statistics lagged a burst.
alter table deliveries add column previous_seq bigint;
create index deliveries_pair on deliveries (subscription_id, ordering_key, seq);
drop index deliveries_pending;

-- H2 writes its whole store to disk each time an identity sequence uses up its cache (32 values by
-- default): a thousand-event batch forced some thirty such writes, over a quarter of ingest CPU when profiled.
-- Values cached but unused when the process stops are skipped, which the store's gap tracking expects.
-- H2 only: PostgreSQL caches sequence values per connection, which would disorder the positions.
ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex SET CACHE 1000;

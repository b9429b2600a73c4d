-- The children an entry concerns, on the entry itself (space-separated): the findings refresher finds the
-- children sharing entries with a marked person through it, so that timeline_person needs no index by entry.
-- That index took a random-key insert for every person of every entry. Filled by V114 (per database).
ALTER TABLE timeline_entry ADD COLUMN children VARCHAR;

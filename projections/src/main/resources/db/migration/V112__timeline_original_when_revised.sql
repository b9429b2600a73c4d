-- An entry's first form is kept apart only once a correction or retraction changes it; until then it is the
-- document itself. Half the bytes of the largest table, which every commit writes.
ALTER TABLE timeline_entry ALTER COLUMN original DROP NOT NULL;

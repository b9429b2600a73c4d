-- As on the embedded database (see its V116): the index of a person's entries need not be unique.
ALTER TABLE timeline_person DROP CONSTRAINT timeline_person_pkey;
CREATE INDEX timeline_person_key ON timeline_person (person_id, entry_id);

-- A person's entries are found through an index of (person_id, entry_id) that need not be unique: people are
-- written only with a new entry (whose own key is unique) and a revision deletes an entry's people before it
-- writes them again. On the embedded database the uniqueness check was one more index search for every person
-- of every entry, under the one write turn (a replay profile: the uniqueness checks of the entry and person
-- indexes took 8% of the timeline's CPU, and two rows in three are people).
ALTER TABLE timeline_person DROP PRIMARY KEY;
CREATE INDEX timeline_person_key ON timeline_person (person_id, entry_id);

-- The findings refresher finds the children to judge again through the index of people: the children of every
-- entry a person is named on, and for a relationship entry everyone it relates. Read through timeline_entry, each
-- took the whole row (its documents) of every entry of every person asked about: after a bulk load of 1,000,000
-- events, most of the refresher's time. Kept on the person rows, they take a few bytes each.
ALTER TABLE timeline_person ADD COLUMN entry_children VARCHAR;
-- Everyone a relationship.recorded entry names, space-separated; null on the rows of other entries.
ALTER TABLE timeline_person ADD COLUMN related_people VARCHAR;
UPDATE timeline_person SET entry_children = (SELECT e.children FROM timeline_entry e
    WHERE e.entry_id = timeline_person.entry_id);

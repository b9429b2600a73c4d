-- Revisions find an entry's people through its document and the refresher through timeline_entry.children
-- (V113): the index of people by entry is no longer read.
DROP INDEX timeline_person_entry;

-- An agency knows the entries it records from their recording time, which the entry row holds: knowledge rows
-- are kept for the other agencies only (one random-key insert fewer for every entry).
DELETE FROM timeline_knowledge WHERE EXISTS (SELECT 1 FROM timeline_entry e
    WHERE e.entry_id = timeline_knowledge.entry_id AND e.recording_agency = timeline_knowledge.agency);

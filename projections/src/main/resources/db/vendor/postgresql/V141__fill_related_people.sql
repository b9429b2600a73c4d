-- Fills timeline_person.related_people (V140); the index by entry is needed only for this.
CREATE INDEX timeline_person_fill ON timeline_person (entry_id);
UPDATE timeline_person p SET related_people = (SELECT STRING_AGG(o.person_id, ' ') FROM timeline_person o
    WHERE o.entry_id = p.entry_id)
    WHERE p.entry_id IN (SELECT e.entry_id FROM timeline_entry e WHERE e.event_type = 'relationship.recorded');
DROP INDEX timeline_person_fill;

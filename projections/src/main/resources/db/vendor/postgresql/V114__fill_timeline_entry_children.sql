UPDATE timeline_entry e SET children = (SELECT STRING_AGG(p.person_id, ' ') FROM timeline_person p
    WHERE p.entry_id = e.entry_id AND p.is_child = TRUE);

package org.chronology.core.entry;

import java.util.Collection;
import java.util.Map;

/**
 * The set of event ids already used by each agency (a lookup table kept in the command's own transaction),
 * so that a batch needs one query rather than one stream read per entry to know which ids are new.
 */
public interface EntryIndex {

    /** @param entryId the entry the id was used on: its own for a recording, the target for a revision */
    record UsedId(String recordingAgency, String eventId, String entryId) {
    }

    /** The used ids among {@code candidates} (keys are {@code agency:eventId}), keyed the same way. */
    Map<String, UsedId> find(Collection<String> candidates);
}

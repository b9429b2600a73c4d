package org.chronology.core.api.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.chronology.core.api.event.details.Details;

/** An agency recorded an entry; each catalogue type has its own record implementing this. */
public interface EntryRecorded {

    EntryHeader entry();

    Details details();

    @JsonIgnore
    default EventType type() {
        return EventType.of(getClass());
    }
}

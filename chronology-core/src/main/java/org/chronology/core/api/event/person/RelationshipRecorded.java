package org.chronology.core.api.event.person;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** How one person is related to another ({@code relationship.recorded}): person is relationship of of. */
public record RelationshipRecorded(EntryHeader entry, Details details) implements EntryRecorded {
}

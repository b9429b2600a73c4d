package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An agency shared information with others ({@code info.shared}). */
public record InformationShared(EntryHeader entry, Details details) implements EntryRecorded {
}

package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.InformationDetails;

/** An agency shared information with others ({@code info.shared}). */
public record InformationShared(EntryHeader entry, InformationDetails details) implements EntryRecorded {
}

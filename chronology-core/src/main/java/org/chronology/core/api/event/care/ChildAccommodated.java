package org.chronology.core.api.event.care;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child became looked after ({@code child.accommodated}). */
public record ChildAccommodated(EntryHeader entry, Details details) implements EntryRecorded {
}

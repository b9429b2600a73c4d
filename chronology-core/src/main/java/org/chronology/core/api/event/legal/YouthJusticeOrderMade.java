package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A youth justice order was made ({@code youth_justice.order}). */
public record YouthJusticeOrderMade(EntryHeader entry, Details details) implements EntryRecorded {
}

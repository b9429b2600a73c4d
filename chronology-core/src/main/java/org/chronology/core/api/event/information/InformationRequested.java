package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** An agency asked others for information ({@code info.requested}). */
public record InformationRequested(EntryHeader entry, Details details) implements EntryRecorded {
}

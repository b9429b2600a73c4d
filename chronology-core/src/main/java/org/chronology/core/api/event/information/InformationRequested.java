package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.InformationDetails;

/** An agency asked others for information ({@code info.requested}). */
public record InformationRequested(EntryHeader entry, InformationDetails details) implements EntryRecorded {
}

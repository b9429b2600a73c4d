package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** Imaging such as a skeletal survey was performed ({@code medical.imaging}). */
public record ImagingPerformed(EntryHeader entry, Details details) implements EntryRecorded {
}

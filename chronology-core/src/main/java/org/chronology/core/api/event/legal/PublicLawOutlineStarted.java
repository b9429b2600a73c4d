package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The pre-proceedings Public Law Outline started ({@code legal.plo_started}). */
public record PublicLawOutlineStarted(EntryHeader entry, Details details) implements EntryRecorded {
}

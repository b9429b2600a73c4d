package org.chronology.core.api.event.legal;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** The pre-proceedings Public Law Outline started ({@code legal.plo_started}). */
public record PublicLawOutlineStarted(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}

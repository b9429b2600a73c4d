package org.chronology.core.api.event.police;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The police decided to take no further action ({@code police.nfa_decision}). */
public record PoliceNoFurtherActionDecided(EntryHeader entry, Details details) implements EntryRecorded {
}

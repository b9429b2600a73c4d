package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** The family was told of a decision ({@code family.informed}). */
public record FamilyInformed(EntryHeader entry, Details details) implements EntryRecorded {
}

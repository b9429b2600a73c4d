package org.chronology.core.api.event.information;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** The family was told of a decision ({@code family.informed}). */
public record FamilyInformed(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}

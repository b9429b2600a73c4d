package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child was born ({@code health.birth}). */
public record ChildBorn(EntryHeader entry, Details details) implements EntryRecorded {
}

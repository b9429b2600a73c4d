package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A practitioner contacted the person by telephone, letter or message ({@code contact.remote}). */
public record RemoteContactMade(EntryHeader entry, Details details) implements EntryRecorded {
}

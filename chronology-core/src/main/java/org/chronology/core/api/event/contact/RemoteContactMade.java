package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.ContactDetails;

/** A practitioner contacted the person by telephone, letter or message ({@code contact.remote}). */
public record RemoteContactMade(EntryHeader entry, ContactDetails details) implements EntryRecorded {
}

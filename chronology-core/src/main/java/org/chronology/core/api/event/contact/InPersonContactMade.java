package org.chronology.core.api.event.contact;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A practitioner met the person ({@code contact.in_person}). */
public record InPersonContactMade(EntryHeader entry, Details details) implements EntryRecorded {
}

package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A person attended an emergency department ({@code hospital.ed_attendance}). */
public record EmergencyDepartmentAttendance(EntryHeader entry, Details details) implements EntryRecorded {
}

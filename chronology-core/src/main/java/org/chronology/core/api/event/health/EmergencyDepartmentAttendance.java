package org.chronology.core.api.event.health;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/**
 * A person attended unscheduled care ({@code hospital.ed_attendance}): an emergency department, or the urgent
 * treatment centre, minor injuries unit, walk-in centre or out-of-hours GP its {@code setting} names.
 */
public record EmergencyDepartmentAttendance(EntryHeader entry, Details details) implements EntryRecorded {
}

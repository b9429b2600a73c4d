package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.GeneralDetails;

/** A child in need plan started ({@code cin_plan.started}). */
public record ChildInNeedPlanStarted(EntryHeader entry, GeneralDetails details) implements EntryRecorded {
}

package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child in need plan started ({@code cin_plan.started}). */
public record ChildInNeedPlanStarted(EntryHeader entry, Details details) implements EntryRecorded {
}

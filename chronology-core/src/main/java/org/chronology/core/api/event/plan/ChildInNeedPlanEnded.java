package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child in need plan ended ({@code cin_plan.ended}). */
public record ChildInNeedPlanEnded(EntryHeader entry, Details details) implements EntryRecorded {
}

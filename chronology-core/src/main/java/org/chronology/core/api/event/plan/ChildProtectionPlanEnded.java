package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child protection plan ended ({@code cp_plan.ended}). */
public record ChildProtectionPlanEnded(EntryHeader entry, Details details) implements EntryRecorded {
}

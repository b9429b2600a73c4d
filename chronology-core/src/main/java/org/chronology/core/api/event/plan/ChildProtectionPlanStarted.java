package org.chronology.core.api.event.plan;

import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.details.Details;

/** A child protection plan started ({@code cp_plan.started}). */
public record ChildProtectionPlanStarted(EntryHeader entry, Details details) implements EntryRecorded {
}

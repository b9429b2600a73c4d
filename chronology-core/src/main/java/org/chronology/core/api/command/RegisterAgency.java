package org.chronology.core.api.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.chronology.core.api.event.Sector;

/** Register an agency, or change a registered agency's name or sector. */
public record RegisterAgency(@TargetAggregateIdentifier String code, String name, Sector sector) {
}

package org.chronology.projections.agency;

import org.chronology.core.api.event.Sector;

/** A registered agency as the API shows it. */
public record AgencyView(String code, String name, Sector sector) {
}

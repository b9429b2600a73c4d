package org.chronology.core.api.event;

/** An administrator changed a registered agency's name or sector. */
public record AgencyDetailsChanged(String code, String name, Sector sector) {
}

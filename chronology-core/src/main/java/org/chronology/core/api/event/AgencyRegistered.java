package org.chronology.core.api.event;

/** An administrator registered an agency that may record entries. */
public record AgencyRegistered(String code, String name, Sector sector) {
}

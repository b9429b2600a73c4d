package org.chronology.core.api.command;

/** The result of {@link RegisterAgency}: whether the agency is new. */
public enum AgencyRegistration {
    REGISTERED, UPDATED, UNCHANGED
}

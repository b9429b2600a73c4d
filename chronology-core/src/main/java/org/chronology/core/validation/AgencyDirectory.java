package org.chronology.core.validation;

import org.chronology.core.api.event.Sector;

import java.util.Optional;

/** Which agencies are registered, and in which sector: what the parser needs to know of agencies. */
public interface AgencyDirectory {

    Optional<Sector> sectorOf(String agencyCode);

    default boolean isRegistered(String agencyCode) {
        return sectorOf(agencyCode).isPresent();
    }
}

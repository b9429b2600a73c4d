package org.chronology.core.validation;

import org.chronology.core.api.event.Sector;

import java.util.Map;
import java.util.Optional;

/** A fixed directory of agencies for specifications. */
public final class TestAgencies implements AgencyDirectory {

    private static final Map<String, Sector> AGENCIES = Map.of(
            "CSC", Sector.LA_CSC, "POLICE", Sector.JUSTICE_POLICE, "HV", Sector.HEALTH_COMMUNITY,
            "GP", Sector.HEALTH_PRIMARY, "CAMHS", Sector.HEALTH_MH, "K2", Sector.VCS);

    @Override
    public Optional<Sector> sectorOf(String agencyCode) {
        return Optional.ofNullable(AGENCIES.get(agencyCode));
    }
}

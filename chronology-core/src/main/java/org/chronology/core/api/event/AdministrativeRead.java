package org.chronology.core.api.event;

import java.time.Instant;

/** An administrator read the access audit or the dead letters: the watchers are watched too. */
public record AdministrativeRead(String tokenId, String issuedTo, String endpoint, String parameters,
                                 Instant readAt) {
}

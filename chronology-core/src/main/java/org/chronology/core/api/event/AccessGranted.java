package org.chronology.core.api.event;

import java.time.Instant;

/**
 * The lead agency or an administrator let {@code agency} read a child's whole multi-agency chronology, for a
 * reason and until an end, as a partner in the child's multi-agency work.
 *
 * @param grantedBy the granting agency's code, or {@code null} for an administrator
 * @param tokenId   the token the grant was made with, for the audit
 */
public record AccessGranted(String grantId, String childId, String agency, String reason, Instant until,
                            String grantedBy, String tokenId, Instant grantedAt) {
}

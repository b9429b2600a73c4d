package org.chronology.api.security;

import org.chronology.api.web.Problem;
import org.chronology.core.api.event.AccessRole;

import java.time.LocalDate;
import java.util.Set;

/**
 * Who is calling, resolved from the bearer token: the one value every endpoint consults for authorisation.
 *
 * @param review   the children and period a reviewer token is scoped to; {@code null} for other roles
 * @param issuedTo the person the token was issued to, as the audit names them
 */
public record Caller(String tokenId, AccessRole role, String agency, Review review, String issuedTo) {

    public record Review(String reviewId, Set<String> children, LocalDate from, LocalDate to) {
    }

    /** May this caller record (and correct or retract) entries for {@code recordingAgency}? */
    public boolean mayRecordFor(String recordingAgency) {
        return role == AccessRole.AGENCY && agency.equals(recordingAgency);
    }

    /** Refuses with 403 unless an administrator calls; {@code action} completes "Only an administrator may". */
    public void requireAdmin(String action) {
        if (role != AccessRole.ADMIN) {
            throw Problem.forbidden("Only an administrator may " + action + ".");
        }
    }
}

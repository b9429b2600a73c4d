package org.chronology.api.security;

/**
 * Who is calling: the one value every endpoint consults for authorisation. Until token authentication is
 * in place every caller is {@link #unrestricted()}; endpoints ask the caller, never the request, so the
 * checks do not move when it is.
 */
public record Caller(Role role, String agency) {

    public enum Role {
        ADMIN, AGENCY, REVIEWER, DASHBOARD, UNRESTRICTED
    }

    public static Caller unrestricted() {
        return new Caller(Role.UNRESTRICTED, null);
    }

    /** May this caller record (and correct or retract) entries for {@code recordingAgency}? */
    public boolean mayRecordFor(String recordingAgency) {
        return role == Role.UNRESTRICTED || (role == Role.AGENCY && agency.equals(recordingAgency));
    }

    public boolean mayAdminister() {
        return role == Role.UNRESTRICTED || role == Role.ADMIN;
    }
}

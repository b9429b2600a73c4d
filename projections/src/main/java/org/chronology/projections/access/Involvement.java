package org.chronology.projections.access;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.json.Json;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * How an agency is involved with a child, from facts other agencies recorded or that it cannot write for
 * itself: the lead agency's open case, an invitation to the child's multi-agency meetings recorded by the
 * lead agency, or a grant. Retracted entries count for nothing. Read on every child read, never cached, so
 * a retraction, a closure or the end of a grant takes effect at once.
 */
@Repository
public class Involvement {

    /** Meetings of a child's multi-agency work whose invitation, recorded by the lead agency, makes a partner. */
    public static final List<String> PARTNER_MEETINGS = List.of("strategy.discussion", "strategy.meeting",
            "conference.initial", "conference.review", "meeting.core_group", "meeting.cin_review",
            "meeting.professionals");
    /** Details fields of those meetings that name the agencies taking part. */
    private static final List<String> INVITATION_FIELDS = List.of("invited", "attended", "attendees");
    private static final String CLOSED = "case.closed";
    private static final String LEAD_SECTORS = "('" + Sector.LA_CSC.code() + "', '" + Sector.LA_FRONTDOOR.code() + "')";
    private static final String CHILD_ENTRIES = " FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
            + " WHERE p.person_id = ? AND p.is_child = TRUE AND e.status <> 'retracted'";

    private final JdbcTemplate jdbc;

    public Involvement(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the agency recorded, was told of, or was sent any of the child's entries. */
    public boolean knowsOf(String agency, String childId) {
        return !jdbc.queryForList("SELECT 1 FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                + " WHERE p.person_id = ? AND p.is_child = TRUE AND (e.recording_agency = ? OR EXISTS (SELECT 1"
                + " FROM timeline_knowledge k WHERE k.entry_id = e.entry_id AND k.agency = ?)) FETCH FIRST 1 ROWS ONLY",
                Integer.class, childId, agency, agency).isEmpty();
    }

    /**
     * Whether {@code agency} may read the whole chronology of {@code childId} at {@code now}: as the lead agency with
     * an open case, as a partner the lead agency invited, or holding a grant.
     *
     * @param partnership how long an invitation to a meeting of the child's multi-agency work lasts, absent a
     *                    closure of the case by the lead agency after it
     */
    public boolean readsWholeRecord(String agency, Sector sector, String childId, Instant now,
                                    java.time.Period partnership) {
        return sector != null && sector.isLeadAgency() && leadCaseOpen(agency, childId)
                || invitedSince(agency, childId, LocalDate.ofInstant(now, ZoneOffset.UTC).minus(partnership))
                || grantHeld(agency, childId, now);
    }

    /** A lead agency's case is open from its first entry for the child until its closure; a later entry reopens it. */
    public boolean leadCaseOpen(String agency, String childId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT MAX(CASE WHEN e.event_type <> '" + CLOSED
                + "' THEN e.sort_key END) > COALESCE(MAX(CASE WHEN e.event_type = '" + CLOSED + "' THEN e.sort_key END), -"
                + Long.MAX_VALUE + ")" + CHILD_ENTRIES + " AND e.recording_agency = ?", Boolean.class, childId, agency));
    }

    /**
     * Invited (or recorded as attending) a multi-agency meeting for the child that a lead agency recorded,
     * held on or after {@code since} and after the lead agency's last closure of the child's case.
     */
    private boolean invitedSince(String agency, String childId, LocalDate since) {
        Long lastClosure = jdbc.queryForObject("SELECT MAX(e.sort_key)" + CHILD_ENTRIES + " AND e.event_type = '"
                + CLOSED + "' AND e.recording_agency IN (SELECT code FROM agency WHERE sector IN " + LEAD_SECTORS + ")",
                Long.class, childId);
        List<String> meetings = jdbc.queryForList("SELECT e.document" + CHILD_ENTRIES + " AND e.event_type IN ("
                + String.join(", ", PARTNER_MEETINGS.stream().map(t -> "'" + t + "'").toList()) + ")"
                + " AND e.occurred_to >= ? AND e.sort_key > ?"
                + " AND e.recording_agency IN (SELECT code FROM agency WHERE sector IN " + LEAD_SECTORS + ")",
                String.class, childId, since, lastClosure == null ? Long.MIN_VALUE : lastClosure);
        return meetings.stream().anyMatch(document -> names(Json.object(document).path("details"), agency));
    }

    private static boolean names(JsonNode details, String agency) {
        for (String field : INVITATION_FIELDS) {
            for (JsonNode named : details.path(field)) {
                if (agency.equals(named.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean grantHeld(String agency, String childId, Instant now) {
        return !jdbc.queryForList("SELECT 1 FROM access_grant WHERE child_id = ? AND agency = ? AND ended_at IS NULL"
                + " AND until_at > ? FETCH FIRST 1 ROWS ONLY", Integer.class, childId, agency, Timestamp.from(now))
                .isEmpty();
    }
}

package org.chronology.projections.access;

import org.chronology.core.api.event.AccessRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tokens, reviews and the audit. Tokens are read from the table on every request, never cached, so a
 * revocation takes effect at once on every node.
 */
@Repository
public class AccessRepository {

    public record StoredToken(String tokenId, AccessRole role, String agency, String reviewId, String secretHash,
                              Instant issuedAt, Instant revokedAt) {
    }

    public record ReviewScope(String reviewId, String name, Set<String> children, LocalDate from, LocalDate to) {
    }

    public record AuditRecord(String tokenId, String role, String agency, String reviewId, String childId,
                              String endpoint, Instant readAt) {
    }

    private final JdbcTemplate jdbc;

    public AccessRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredToken> token(String tokenId) {
        return jdbc.query("SELECT token_id, role, agency, review_id, secret_hash, issued_at,"
                        + " revoked_at FROM api_token WHERE token_id = ?",
                (rs, i) -> new StoredToken(rs.getString(1), AccessRole.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), tokenId)
                .stream().findFirst();
    }

    public List<StoredToken> tokens() {
        return jdbc.query("SELECT token_id, role, agency, review_id, secret_hash, issued_at, revoked_at FROM api_token"
                        + " ORDER BY issued_at",
                (rs, i) -> new StoredToken(rs.getString(1), AccessRole.fromCode(rs.getString(2)), rs.getString(3),
                        rs.getString(4), null, rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()));
    }

    public Optional<ReviewScope> review(String reviewId) {
        return jdbc.query("SELECT review_id, name, from_date, to_date FROM review WHERE review_id = ?",
                (rs, i) -> new ReviewScope(rs.getString(1), rs.getString(2),
                        Set.copyOf(jdbc.queryForList("SELECT child_id FROM review_child WHERE review_id = ?",
                                String.class, reviewId)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), reviewId)
                .stream().findFirst();
    }

    /** Whether {@code agency} has recorded anything about {@code childId}: what lets an agency read a child. */
    public boolean hasRecordedFor(String agency, String childId) {
        return !jdbc.queryForList("SELECT 1 FROM timeline_person p JOIN timeline_entry e ON e.entry_id = p.entry_id"
                + " WHERE p.person_id = ? AND p.is_child = TRUE AND e.recording_agency = ? FETCH FIRST 1 ROWS ONLY",
                Integer.class, childId, agency).isEmpty();
    }

    public List<AuditRecord> audit(String childId, String tokenId, int limit) {
        StringBuilder sql = new StringBuilder("SELECT token_id, role, agency, review_id, child_id, endpoint, read_at"
                + " FROM access_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (childId != null) {
            sql.append(" AND child_id = ?");
            args.add(childId);
        }
        if (tokenId != null) {
            sql.append(" AND token_id = ?");
            args.add(tokenId);
        }
        sql.append(" ORDER BY read_at DESC, audit_id DESC FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), args.toArray());
    }
}

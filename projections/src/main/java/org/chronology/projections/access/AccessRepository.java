package org.chronology.projections.access;

import org.chronology.core.api.event.AccessRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads tokens, reviews, grants and the audit. Tokens are read from the table on every request, never cached,
 * so a revocation takes effect at once on every node.
 */
@Repository
public class AccessRepository {

    public record StoredToken(String tokenId, AccessRole role, String agency, String reviewId, String secretHash,
                              Instant issuedAt, Instant revokedAt, String issuedTo, Instant expiresAt) {
    }

    public record ReviewScope(String reviewId, String name, Set<String> children, LocalDate from, LocalDate to) {
    }

    /** One audited read; {@code childId} is {@code null} for an administrator's read of the audit or dead letters. */
    public record AuditRecord(String tokenId, String role, String agency, String reviewId, String childId,
                              String endpoint, Instant readAt, String issuedTo, String parameters, String scope,
                              boolean firstRead) {
    }

    public record GrantView(String grantId, String childId, String agency, String reason, Instant until,
                            String grantedBy, Instant grantedAt, Instant endedAt) {
    }

    /** What {@link #audit} lists: each criterion {@code null} or false for any. */
    public record AuditQuery(String childId, String tokenId, boolean firstReadsOnly, int limit) {
    }

    private static final String TOKEN_COLUMNS = "SELECT token_id, role, agency, review_id, secret_hash, issued_at,"
            + " revoked_at, issued_to, expires_at FROM api_token";
    private static final RowMapper<GrantView> GRANT = (rs, i) -> new GrantView(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), instant(rs, 5), rs.getString(6), instant(rs, 7), instant(rs, 8));

    private final JdbcTemplate jdbc;

    public AccessRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredToken> token(String tokenId) {
        return jdbc.query(TOKEN_COLUMNS + " WHERE token_id = ?", (rs, i) -> token(rs, rs.getString(5)), tokenId)
                .stream().findFirst();
    }

    public List<StoredToken> tokens() {
        return jdbc.query(TOKEN_COLUMNS + " ORDER BY issued_at", (rs, i) -> token(rs, null));
    }

    private static StoredToken token(ResultSet rs, String secretHash) throws SQLException {
        return new StoredToken(rs.getString(1), AccessRole.fromCode(rs.getString(2)), rs.getString(3),
                rs.getString(4), secretHash, instant(rs, 6), instant(rs, 7), rs.getString(8), instant(rs, 9));
    }

    public Optional<ReviewScope> review(String reviewId) {
        return jdbc.query("SELECT review_id, name, from_date, to_date FROM review WHERE review_id = ?",
                (rs, i) -> new ReviewScope(rs.getString(1), rs.getString(2),
                        Set.copyOf(jdbc.queryForList("SELECT child_id FROM review_child WHERE review_id = ?",
                                String.class, reviewId)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), reviewId)
                .stream().findFirst();
    }

    public Optional<GrantView> grant(String grantId) {
        return jdbc.query("SELECT grant_id, child_id, agency, reason, until_at, granted_by, granted_at, ended_at"
                + " FROM access_grant WHERE grant_id = ?", GRANT, grantId).stream().findFirst();
    }

    public List<GrantView> grants(String childId) {
        return jdbc.query("SELECT grant_id, child_id, agency, reason, until_at, granted_by, granted_at, ended_at"
                + " FROM access_grant WHERE child_id = ? ORDER BY granted_at", GRANT, childId);
    }

    /** Whether the agency has read this child's whole chronology before. */
    public boolean hasReadInFull(String agency, String childId) {
        return !jdbc.queryForList("SELECT 1 FROM access_audit WHERE agency = ? AND child_id = ? AND scope = 'full'"
                + " FETCH FIRST 1 ROWS ONLY", Integer.class, agency, childId).isEmpty();
    }

    public List<AuditRecord> audit(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT token_id, role, agency, review_id, child_id, endpoint, read_at,"
                + " issued_to, parameters, scope, first_read FROM access_audit WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.childId() != null) {
            sql.append(" AND child_id = ?");
            args.add(query.childId());
        }
        if (query.tokenId() != null) {
            sql.append(" AND token_id = ?");
            args.add(query.tokenId());
        }
        if (query.firstReadsOnly()) {
            sql.append(" AND first_read = TRUE");
        }
        sql.append(" ORDER BY read_at DESC, audit_id DESC FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (rs, i) -> new AuditRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getBoolean(11)), args.toArray());
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

package org.chronology.projections.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chronology.core.api.event.AccessGrantEnded;
import org.chronology.core.api.event.AccessGranted;
import org.chronology.core.api.event.ReviewOpened;
import org.chronology.core.api.event.TokenIssued;
import org.chronology.core.api.event.TokenRevoked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Tokens, reviews and grants of access, kept in the issuing command's own transaction (a subscribing processor): a token works,
 * and a revoked one stops working, the moment the administrator is answered.
 */
@Component
@ProcessingGroup(AccessProjection.GROUP)
public class AccessProjection {

    public static final String GROUP = "access";

    private final JdbcTemplate jdbc;

    AccessProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TokenIssued event) {
        jdbc.update("INSERT INTO api_token (token_id, role, agency, review_id, secret_hash, issued_at, issued_to,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                event.tokenId(), event.role().code(), event.agency(), event.reviewId(), event.secretHash(),
                Timestamp.from(event.issuedAt()), event.issuedTo(),
                event.expiresAt() == null ? null : Timestamp.from(event.expiresAt()));
    }

    @EventHandler
    void on(TokenRevoked event) {
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE token_id = ?", Timestamp.from(event.revokedAt()),
                event.tokenId());
    }

    @EventHandler
    void on(ReviewOpened event) {
        jdbc.update("INSERT INTO review (review_id, name, from_date, to_date) VALUES (?, ?, ?, ?)", event.reviewId(),
                event.name(), Date.valueOf(event.from()), Date.valueOf(event.to()));
        jdbc.batchUpdate("INSERT INTO review_child (review_id, child_id) VALUES (?, ?)",
                event.children().stream().map(child -> new Object[]{event.reviewId(), child}).toList());
    }

    @EventHandler
    void on(AccessGranted event) {
        jdbc.update("INSERT INTO access_grant (grant_id, child_id, agency, reason, until_at, granted_by, token_id,"
                        + " granted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.grantId(), event.childId(),
                event.agency(), event.reason(), Timestamp.from(event.until()), event.grantedBy(), event.tokenId(),
                Timestamp.from(event.grantedAt()));
    }

    @EventHandler
    void on(AccessGrantEnded event) {
        jdbc.update("UPDATE access_grant SET ended_at = ? WHERE grant_id = ?", Timestamp.from(event.endedAt()),
                event.grantId());
    }
}

package org.chronology.projections.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chronology.core.api.event.ReviewOpened;
import org.chronology.core.api.event.TokenIssued;
import org.chronology.core.api.event.TokenRevoked;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;

/**
 * Tokens and reviews, kept in the issuing command's own transaction (a subscribing processor): a token works,
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
        jdbc.update("INSERT INTO api_token (token_id, role, agency, review_id, secret_hash, issued_at) VALUES (?, ?, ?, ?, ?, ?)",
                event.tokenId(), event.role().code(), event.agency(), event.reviewId(), event.secretHash(),
                Timestamp.from(event.issuedAt()));
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
}

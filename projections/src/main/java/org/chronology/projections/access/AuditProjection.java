package org.chronology.projections.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chronology.core.api.event.AdministrativeRead;
import org.chronology.core.api.event.ChildRecordRead;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/**
 * The access audit as administrators list it: per child and per token. Written as each read is recorded
 * (a subscribing processor), so an administrator always sees the reads made before asking.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
public class AuditProjection {

    public static final String GROUP = "audit";

    private final JdbcTemplate jdbc;

    AuditProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChildRecordRead event) {
        jdbc.update("INSERT INTO access_audit (token_id, role, agency, review_id, child_id, endpoint, read_at,"
                        + " issued_to, parameters, scope, first_read) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event.tokenId(), event.role().code(), event.agency(), event.reviewId(), event.childId(),
                event.endpoint(), Timestamp.from(event.readAt()), event.issuedTo(), event.parameters(), event.scope(),
                Boolean.TRUE.equals(event.firstRead()));
    }

    @EventHandler
    void on(AdministrativeRead event) {
        jdbc.update("INSERT INTO access_audit (token_id, role, endpoint, read_at, issued_to, parameters, scope)"
                        + " VALUES (?, 'admin', ?, ?, ?, ?, 'admin')", event.tokenId(), event.endpoint(),
                Timestamp.from(event.readAt()), event.issuedTo(), event.parameters());
    }
}

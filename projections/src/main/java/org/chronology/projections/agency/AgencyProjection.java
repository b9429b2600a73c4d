package org.chronology.projections.agency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chronology.core.api.event.AgencyDetailsChanged;
import org.chronology.core.api.event.AgencyRegistered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The registered agencies. Kept by a subscribing processor, in the registering command's own transaction,
 * so an agency can record entries the moment its registration is acknowledged.
 */
@Component
@ProcessingGroup(AgencyProjection.GROUP)
public class AgencyProjection {

    public static final String GROUP = "agencies";

    private final JdbcTemplate jdbc;
    private final JdbcAgencyDirectory directory;

    AgencyProjection(JdbcTemplate jdbc, JdbcAgencyDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @EventHandler
    void on(AgencyRegistered event) {
        jdbc.update("INSERT INTO agency (code, name, sector) VALUES (?, ?, ?)",
                event.code(), event.name(), event.sector().code());
        directory.forget(event.code());
    }

    @EventHandler
    void on(AgencyDetailsChanged event) {
        jdbc.update("UPDATE agency SET name = ?, sector = ? WHERE code = ?",
                event.name(), event.sector().code(), event.code());
        directory.forget(event.code());
    }
}

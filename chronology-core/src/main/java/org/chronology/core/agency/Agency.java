package org.chronology.core.agency;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.chronology.core.api.command.AgencyRegistration;
import org.chronology.core.api.command.RegisterAgency;
import org.chronology.core.api.event.AgencyDetailsChanged;
import org.chronology.core.api.event.AgencyRegistered;
import org.chronology.core.api.event.Sector;

import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A registered agency: entries may only name agencies registered here. Each change of its details is another
 * event, without limit, so it is snapshotted (by its fields, which is all the state it has).
 */
@Aggregate(snapshotTriggerDefinition = "agencySnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class Agency {

    @AggregateIdentifier
    private String code;
    private String name;
    private Sector sector;

    Agency() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AgencyRegistration handle(RegisterAgency command) {
        if (code == null) {
            apply(new AgencyRegistered(command.code(), command.name(), command.sector()));
            return AgencyRegistration.REGISTERED;
        }
        if (Objects.equals(name, command.name()) && sector == command.sector()) {
            return AgencyRegistration.UNCHANGED;
        }
        apply(new AgencyDetailsChanged(command.code(), command.name(), command.sector()));
        return AgencyRegistration.UPDATED;
    }

    @EventSourcingHandler
    void on(AgencyRegistered event) {
        code = event.code();
        name = event.name();
        sector = event.sector();
    }

    @EventSourcingHandler
    void on(AgencyDetailsChanged event) {
        name = event.name();
        sector = event.sector();
    }
}

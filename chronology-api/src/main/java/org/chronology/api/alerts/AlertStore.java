package org.chronology.api.alerts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.chronology.core.alert.AlertAcknowledged;
import org.chronology.core.alert.AlertDelivered;
import org.chronology.core.alert.AlertEscalated;
import org.chronology.core.alert.AlertRaised;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Writes alerts as their events are stored, in the same transaction: the alert row, and a delivery queued for
 * each of the agency's subscriptions that wants it; once committed, alerts, escalations and acknowledgements go to
 * the agency's open streams, escalations to the administrators' too ({@link AlertStream}), and the deliveries are
 * sent at once rather than at the next poll ({@link Deliveries}). A crash after the commit loses nothing; before
 * it, nothing was raised and the judge raises it again.
 */
@Component
@ProcessingGroup(AlertStore.GROUP)
class AlertStore {

    static final String GROUP = "alert-store";

    private final JdbcTemplate jdbc;
    private final Subscriptions subscriptions;
    private final Alerts alerts;
    private final AlertStream stream;
    private final Deliveries deliveries;

    AlertStore(JdbcTemplate jdbc, Subscriptions subscriptions, Alerts alerts, AlertStream stream,
               Deliveries deliveries) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.stream = stream;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @EventHandler
    void on(AlertRaised event) {
        if (alerts.exists(event.alertId())) {
            return; // raised again after a retried batch: queued once already
        }
        jdbc.update("INSERT INTO alert (alert_id, rule, reason, child_id, entry_id, agency, raised_at, link)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.alertId(), event.rule(), event.reason(),
                event.childId(), event.entryId(), event.agency(), Timestamp.from(event.raisedAt()), event.link());
        List<Subscriptions.Subscription> matching = subscriptions.matching(event.agency(), event.rule(),
                event.childId());
        for (Subscriptions.Subscription subscription : matching) {
            jdbc.update("INSERT INTO alert_delivery (alert_id, subscription_id, child_id, status, attempts,"
                            + " next_attempt_at) VALUES (?, ?, ?, 'pending', 0, ?)", event.alertId(),
                    subscription.subscriptionId(), event.childId(), Timestamp.from(event.raisedAt()));
        }
        if (!matching.isEmpty()) {
            AfterCommit.run(deliveries::wake);
        }
        alerts.find(event.alertId()).ifPresent(alert -> stream.send("alert", alert));
    }

    @EventHandler
    void on(AlertAcknowledged event) {
        jdbc.update("UPDATE alert SET acknowledged_by = ?, acknowledged_token = ?, acknowledged_at = ?"
                        + " WHERE alert_id = ? AND acknowledged_at IS NULL", event.acknowledgedBy(), event.tokenId(),
                Timestamp.from(event.acknowledgedAt()), event.alertId());
        alerts.find(event.alertId()).ifPresent(alert -> stream.send("acknowledged", alert));
    }

    @EventHandler
    void on(AlertEscalated event) {
        jdbc.update("UPDATE alert SET escalated_at = ? WHERE alert_id = ? AND escalated_at IS NULL",
                Timestamp.from(event.escalatedAt()), event.alertId());
        alerts.find(event.alertId()).ifPresent(alert -> stream.send("escalated", alert));
    }

    @EventHandler
    void on(AlertDelivered event) {
        jdbc.update("UPDATE alert_delivery SET status = 'delivered', attempts = ?, delivered_at = ?, last_error = NULL"
                + " WHERE delivery_id = ?", event.attempt(), Timestamp.from(event.deliveredAt()), event.delivery());
    }
}

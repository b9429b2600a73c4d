package org.chronology.api.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.core.alert.AlertDelivered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends the queued deliveries (the alert_delivery outbox) to their webhooks, on a thread of its own so that a slow
 * receiver holds up nothing else. A child's deliveries to one subscription go in the order they were queued: one
 * waits while an earlier one is pending or parked. A 2xx answer is recorded as an {@link AlertDelivered} event; a
 * crash before that sends the delivery again (at least once, same idempotency id). Redirects are not followed:
 * the allow-list names where alerts may go.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 50;
    private static final String DUE = "SELECT d.delivery_id, d.alert_id, d.subscription_id, d.attempts"
            + " FROM alert_delivery d JOIN alert_subscription s ON s.subscription_id = d.subscription_id"
            + " WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND s.paused = FALSE AND NOT EXISTS (SELECT 1"
            + " FROM alert_delivery e WHERE e.subscription_id = d.subscription_id AND e.child_id = d.child_id"
            + " AND e.status <> 'delivered' AND e.delivery_id < d.delivery_id)"
            + " ORDER BY d.delivery_id FETCH FIRST " + BATCH + " ROWS ONLY";

    private record Due(long deliveryId, String alertId, String subscriptionId, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final Alerts alerts;
    private final Subscriptions subscriptions;
    private final WebhookHosts hosts;
    private final EventGateway events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration poll;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alert-deliveries");
        thread.setDaemon(true);
        return thread;
    });

    Deliveries(JdbcTemplate jdbc, Alerts alerts, Subscriptions subscriptions, WebhookHosts hosts, EventGateway events,
               TransactionTemplate transactions, Clock clock,
               @Value("${chronology.alerts.delivery.first-retry:1s}") Duration firstRetry,
               @Value("${chronology.alerts.delivery.longest-retry:1h}") Duration longestRetry,
               @Value("${chronology.alerts.delivery.max-attempts:10}") int maxAttempts,
               @Value("${chronology.alerts.delivery.poll:200ms}") Duration poll) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.subscriptions = subscriptions;
        this.hosts = hosts;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.backoff = new Backoff(firstRetry, longestRetry, maxAttempts);
        this.poll = poll;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        worker.scheduleWithFixedDelay(this::deliverDue, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void deliverDue() {
        try {
            jdbc.query(DUE, (rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                    Timestamp.from(clock.instant())).forEach(this::deliver);
        } catch (RuntimeException e) {
            log.warn("Alert deliveries failed to run; tried again in {}", poll, e); // the next run starts afresh
        }
    }

    private void deliver(Due due) {
        int attempt = due.attempts() + 1;
        try {
            Subscriptions.Subscription subscription = subscriptions.find(due.subscriptionId()).orElseThrow();
            URI target = URI.create(subscription.targetUrl());
            if (!hosts.allowed(target.getHost())) {
                failed(due, attempt, "host no longer on the allow-list");
                return;
            }
            String body = body(alerts.find(due.alertId()).orElseThrow(), due.deliveryId());
            String timestamp = Long.toString(clock.instant().getEpochSecond());
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(Signature.IDEMPOTENCY_KEY, due.alertId())
                    .header(Signature.DELIVERY, Long.toString(due.deliveryId()))
                    .header(Signature.TIMESTAMP, timestamp)
                    .header(Signature.SIGNATURE, Signature.of(subscriptions.secret(due.subscriptionId()), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                transactions.executeWithoutResult(tx -> events.publish(new AlertDelivered(due.alertId(),
                        due.subscriptionId(), due.deliveryId(), attempt, clock.instant())));
            } else {
                failed(due, attempt, "answered " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failed(due, attempt, e.getClass().getSimpleName());
        }
    }

    private String body(Alerts.AlertView alert, long deliveryId) throws Exception {
        ObjectNode body = mapper.createObjectNode();
        body.put("alertId", alert.alertId());
        body.put("rule", alert.rule());
        body.put("reason", alert.reason());
        body.put("childId", alert.childId());
        body.put("entryId", alert.entryId());
        body.put("agency", alert.agency());
        body.put("raisedAt", alert.raisedAt().toString());
        body.put("link", alert.link());
        body.put("delivery", deliveryId);
        return mapper.writeValueAsString(body);
    }

    private void failed(Due due, int attempt, String why) {
        Instant next = clock.instant().plus(backoff.after(attempt));
        boolean parked = backoff.parks(attempt);
        jdbc.update("UPDATE alert_delivery SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?"
                + " WHERE delivery_id = ?", attempt, parked ? "parked" : "pending", Timestamp.from(next), why,
                due.deliveryId());
        if (parked) {
            log.warn("Alert delivery {} parked after {} attempts ({})", due.deliveryId(), attempt, why);
        }
    }

    /** Queues the subscription's deliveries from {@code from} on again, as new; returns how many. */
    int redeliverFrom(String subscriptionId, long from) {
        return jdbc.update("UPDATE alert_delivery SET status = 'pending', attempts = 0, next_attempt_at = ?,"
                + " last_error = NULL WHERE subscription_id = ? AND delivery_id >= ?", Timestamp.from(clock.instant()),
                subscriptionId, from);
    }

    /** The subscription's deliveries from {@code from} on, for an administrator: ids, state and last error. */
    List<java.util.Map<String, Object>> list(String subscriptionId, long from, int limit) {
        return jdbc.queryForList("SELECT delivery_id AS \"delivery\", alert_id AS \"alertId\", child_id AS \"childId\","
                + " status AS \"status\", attempts AS \"attempts\", next_attempt_at AS \"nextAttemptAt\","
                + " delivered_at AS \"deliveredAt\", last_error AS \"lastError\" FROM alert_delivery"
                + " WHERE subscription_id = ? AND delivery_id >= ? ORDER BY delivery_id FETCH FIRST " + limit
                + " ROWS ONLY", subscriptionId, from);
    }
}

package org.chronology.api.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.storage.WriteTurns;
import org.chronology.core.alert.AlertDelivered;
import org.chronology.projections.gaps.JobLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends the queued deliveries ({@link DeliveryQueue}) to their webhooks in the queue's order, on a thread of its
 * own so that a slow receiver holds up nothing else. A 2xx answer is recorded as an {@link AlertDelivered} event
 * (a batch's together); a crash before that sends the delivery again (at least once, same idempotency id).
 * Redirects are not followed: the allow-list names where alerts may go.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 50;
    private static final int LEASE_SECONDS = 60;

    private final DeliveryQueue queue;
    private final JobLease lease;
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
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "alert-deliveries");
        thread.setDaemon(true);
        return thread;
    });

    Deliveries(DeliveryQueue queue, JdbcTemplate jdbc, Alerts alerts, Subscriptions subscriptions, WebhookHosts hosts,
               EventGateway events, TransactionTemplate transactions, Clock clock,
               @Value("${chronology.alerts.delivery.first-retry:1s}") Duration firstRetry,
               @Value("${chronology.alerts.delivery.longest-retry:1h}") Duration longestRetry,
               @Value("${chronology.alerts.delivery.max-attempts:10}") int maxAttempts,
               @Value("${chronology.alerts.delivery.poll:200ms}") Duration poll) {
        this.queue = queue;
        this.lease = new JobLease(jdbc, "alert-deliveries", LEASE_SECONDS);
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

    /**
     * Renews the lease on a timer of its own (Spring's scheduler), so that a send never waits for the renewal's
     * write: on the embedded database that write queues behind a bulk load's, and once in 30 s it held up an alert.
     */
    @Scheduled(initialDelay = LEASE_SECONDS / 4, fixedDelay = LEASE_SECONDS / 4, timeUnit = TimeUnit.SECONDS)
    void keepLease() {
        try {
            lease.renew();
        } catch (RuntimeException e) {
            log.debug("Could not renew the alert deliveries' lease; sending renews it if need be", e);
        }
    }

    /**
     * Sends what is due at once rather than at the next poll: an alert's deliveries have just been committed.
     * Wakes coalesce, so a batch raising many alerts runs one send.
     */
    void wake() {
        if (woken.compareAndSet(false, true)) {
            try {
                worker.execute(() -> {
                    woken.set(false);
                    deliverDue();
                });
            } catch (RejectedExecutionException stopping) {
                woken.set(false); // the service is stopping: the queue is read again at the next start
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void deliverDue() {
        try {
            // Someone waits for an alert: on the embedded database its few short writes (the lease now and then,
            // the deliveries recorded) take their turn ahead of a bulk load's ({@link WriteTurns}).
            WriteTurns.firstInLine(() -> {
                List<AlertDelivered> delivered = new ArrayList<>();
                for (DeliveryQueue.Due due : queue.due(clock.instant(), BATCH)) {
                    // One node sends at a time, so a child's deliveries keep their order.
                    if (!lease.holds()) {
                        break;
                    }
                    deliver(due).ifPresent(delivered::add);
                }
                // Recorded together, one write rather than one after each send. A batch holds at most one delivery
                // per child and subscription, the next waiting until this is recorded; a crash before it sends the
                // batch again (at least once).
                if (!delivered.isEmpty()) {
                    transactions.executeWithoutResult(tx -> delivered.forEach(events::publish));
                }
            });
        } catch (RuntimeException e) {
            log.warn("Alert deliveries failed to run; tried again in {}", poll, e); // the next run starts afresh
        }
    }

    /** Sends the delivery; what to record if the receiver took it. */
    private Optional<AlertDelivered> deliver(DeliveryQueue.Due due) {
        int attempt = due.attempts() + 1;
        try {
            Subscriptions.Subscription subscription = subscriptions.find(due.subscriptionId()).orElseThrow();
            URI target = URI.create(subscription.targetUrl());
            if (!hosts.allowed(target.getHost())) {
                failed(due, attempt, "host no longer on the allow-list");
                return Optional.empty();
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
                return Optional.of(new AlertDelivered(due.alertId(), due.subscriptionId(), due.deliveryId(), attempt,
                        clock.instant()));
            }
            failed(due, attempt, "answered " + status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failed(due, attempt, e.getClass().getSimpleName());
        }
        return Optional.empty();
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

    private void failed(DeliveryQueue.Due due, int attempt, String why) {
        Instant next = clock.instant().plus(backoff.after(attempt));
        boolean parked = backoff.parks(attempt);
        queue.failed(due, attempt, parked, next, why);
        if (parked) {
            log.warn("Alert delivery {} parked after {} attempts ({})", due.deliveryId(), attempt, why);
        }
    }
}

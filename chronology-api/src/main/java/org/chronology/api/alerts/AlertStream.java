package org.chronology.api.alerts;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Events streams of agencies' alerts on this node. An alert raised or acknowledged here is sent
 * once its transaction has committed; one raised or acknowledged on another node of a cluster is found by reading
 * the stored alerts of the agencies with open streams every {@code chronology.alerts.stream.poll}. Each node sends
 * each change once, whichever way it learns of it, and only to streams open before it was seen. A stream lasts
 * half an hour; a browser's EventSource opens it again by itself. Alerts raised while a stream was closed are in
 * {@code GET /api/v1/alerts}.
 */
@Component
class AlertStream {

    private static final Duration LASTS = Duration.ofMinutes(30);
    /** How far back each read looks: longer than a commit can lag its alert's time or the nodes' clocks differ. */
    private static final Duration WINDOW = Duration.ofMinutes(5);

    private final Map<String, Set<SseEmitter>> byAgency = new ConcurrentHashMap<>();
    /** Changes sent or passed over ("id alert", "id acknowledged"), and when: forgotten once out of the window. */
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final Alerts alerts;
    private final Clock clock;

    AlertStream(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    SseEmitter open(String agency) throws IOException {
        SseEmitter emitter = new SseEmitter(LASTS.toMillis());
        Set<SseEmitter> streams = byAgency.computeIfAbsent(agency, a -> ConcurrentHashMap.newKeySet());
        if (streams.isEmpty()) {
            // What is stored already was raised before this stream: not sent to it, nor on the next read.
            alerts.changedSince(agency, clock.instant().minus(WINDOW)).forEach(alert -> changes(alert)
                    .forEach(name -> sent.putIfAbsent(key(alert, name), clock.instant())));
        }
        streams.add(emitter);
        Runnable close = () -> streams.remove(emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        emitter.send(SseEmitter.event().comment("alerts of " + agency));
        return emitter;
    }

    /** Sends the alert as event {@code name} to its agency's streams, after the current transaction commits. */
    void send(String name, Alerts.AlertView alert) {
        AfterCommit.run(() -> sendOnce(name, alert));
    }

    /** Sends what the other nodes raised or acknowledged for the agencies with open streams. */
    @Scheduled(fixedDelayString = "${chronology.alerts.stream.poll:500ms}")
    void follow() {
        Instant now = clock.instant();
        sent.values().removeIf(at -> at.isBefore(now.minus(WINDOW.multipliedBy(2))));
        byAgency.forEach((agency, streams) -> {
            if (!streams.isEmpty()) {
                alerts.changedSince(agency, now.minus(WINDOW))
                        .forEach(alert -> changes(alert).forEach(name -> sendOnce(name, alert)));
            }
        });
    }

    /**
     * Ends every stream as the service stops, and waits (briefly) until they have ended: an open stream is a
     * request in progress, which would hold up the graceful shutdown for its whole timeout.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() throws InterruptedException {
        byAgency.values().forEach(streams -> streams.forEach(SseEmitter::complete));
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (byAgency.values().stream().anyMatch(streams -> !streams.isEmpty()) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** The alert's changes, as the names of their events: raised, then acknowledged. */
    private static List<String> changes(Alerts.AlertView alert) {
        return alert.acknowledgedAt() == null ? List.of("alert") : List.of("alert", "acknowledged");
    }

    private static String key(Alerts.AlertView alert, String name) {
        return alert.alertId() + " " + name;
    }

    private void sendOnce(String name, Alerts.AlertView alert) {
        if (sent.putIfAbsent(key(alert, name), clock.instant()) != null) {
            return;
        }
        for (SseEmitter emitter : byAgency.getOrDefault(alert.agency(), Set.of())) {
            try {
                emitter.send(SseEmitter.event().id(alert.alertId()).name(name).data(alert, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone); // its onError callback drops it
            }
        }
    }
}

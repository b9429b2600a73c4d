package org.chronology.api.alerts;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Events streams of agencies' alerts on this node: each alert raised or acknowledged here is sent
 * to its agency's open streams once its transaction has committed. A stream lasts half an hour; a browser's
 * EventSource opens it again by itself. Alerts raised while a stream was closed are in {@code GET /api/v1/alerts}.
 */
@Component
class AlertStream {

    private static final Duration LASTS = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> byAgency = new ConcurrentHashMap<>();

    SseEmitter open(String agency) throws IOException {
        SseEmitter emitter = new SseEmitter(LASTS.toMillis());
        Set<SseEmitter> streams = byAgency.computeIfAbsent(agency, a -> ConcurrentHashMap.newKeySet());
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
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendNow(name, alert);
                }
            });
        } else {
            sendNow(name, alert);
        }
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

    private void sendNow(String name, Alerts.AlertView alert) {
        for (SseEmitter emitter : byAgency.getOrDefault(alert.agency(), Set.of())) {
            try {
                emitter.send(SseEmitter.event().id(alert.alertId()).name(name).data(alert, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone); // its onError callback drops it
            }
        }
    }
}

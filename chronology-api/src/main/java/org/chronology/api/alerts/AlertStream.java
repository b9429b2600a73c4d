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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The Server-Sent Events streams of alerts on this node: an agency's of its own alerts as they are raised,
 * escalated and acknowledged, and the administrators' of every agency's escalations (and their acknowledgement).
 * A change made here is sent once its transaction has committed; one made on another node of a cluster is found by
 * reading the stored alerts for the open streams every {@code chronology.alerts.stream.poll}. Each node sends each
 * change once, whichever way it learns of it, and only to streams open before it was seen. A stream lasts half an
 * hour; a browser's EventSource opens it again by itself. What changed while a stream was closed is in the lists.
 */
@Component
class AlertStream {

    private static final Duration LASTS = Duration.ofMinutes(30);
    /** How far back each read looks: longer than a commit can lag its alert's time or the nodes' clocks differ. */
    private static final Duration WINDOW = Duration.ofMinutes(5);
    private static final String ADMINISTRATORS = " administrators";

    private final Map<String, Set<SseEmitter>> byAgency = new ConcurrentHashMap<>();
    private final Set<SseEmitter> administrators = ConcurrentHashMap.newKeySet();
    /**
     * Changes sent or passed over, by audience ("id alert", "id escalated administrators"...), and when: forgotten
     * once out of the window.
     */
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final Alerts alerts;
    private final Clock clock;

    AlertStream(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    SseEmitter open(String agency) throws IOException {
        return open(byAgency.computeIfAbsent(agency, a -> ConcurrentHashMap.newKeySet()), "",
                since -> alerts.changedSince(agency, since), "alerts of " + agency);
    }

    /** The administrators' stream: every agency's alerts as they are escalated, and then acknowledged. */
    SseEmitter openForAdministrators() throws IOException {
        return open(administrators, ADMINISTRATORS, alerts::escalatedChangedSince, "escalated alerts");
    }

    private SseEmitter open(Set<SseEmitter> streams, String audience,
                            Function<Instant, List<Alerts.AlertView>> stored, String comment) throws IOException {
        SseEmitter emitter = new SseEmitter(LASTS.toMillis());
        if (streams.isEmpty()) {
            // What is stored already changed before this stream: not sent to it, nor on the next read.
            stored.apply(clock.instant().minus(WINDOW)).forEach(alert -> changes(alert)
                    .forEach(name -> sent.putIfAbsent(key(alert, name) + audience, clock.instant())));
        }
        streams.add(emitter);
        Runnable close = () -> streams.remove(emitter);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(e -> close.run());
        emitter.send(SseEmitter.event().comment(comment));
        return emitter;
    }

    /**
     * Sends the alert as event {@code name} to its agency's streams, an escalation and its acknowledgement to the
     * administrators' too, after the current transaction commits.
     */
    void send(String name, Alerts.AlertView alert) {
        AfterCommit.run(() -> sendOnce(name, alert));
    }

    /** Sends what the other nodes raised, escalated or acknowledged, for the streams open here. */
    @Scheduled(fixedDelayString = "${chronology.alerts.stream.poll:500ms}")
    void follow() {
        Instant now = clock.instant();
        sent.values().removeIf(at -> at.isBefore(now.minus(WINDOW.multipliedBy(2))));
        byAgency.forEach((agency, streams) -> {
            if (!streams.isEmpty()) {
                sendChanges(alerts.changedSince(agency, now.minus(WINDOW)));
            }
        });
        if (!administrators.isEmpty()) {
            sendChanges(alerts.escalatedChangedSince(now.minus(WINDOW)));
        }
    }

    /**
     * Ends every stream as the service stops, and waits (briefly) until they have ended: an open stream is a
     * request in progress, which would hold up the graceful shutdown for its whole timeout.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() throws InterruptedException {
        byAgency.values().forEach(streams -> streams.forEach(SseEmitter::complete));
        administrators.forEach(SseEmitter::complete);
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while ((!administrators.isEmpty() || byAgency.values().stream().anyMatch(streams -> !streams.isEmpty()))
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }

    /** The alert's changes, as the names of their events: raised, escalated (if it was), acknowledged (if it was). */
    private static List<String> changes(Alerts.AlertView alert) {
        List<String> changes = new ArrayList<>(List.of("alert"));
        if (alert.escalatedAt() != null) {
            changes.add("escalated");
        }
        if (alert.acknowledgedAt() != null) {
            changes.add("acknowledged");
        }
        return changes;
    }

    private void sendChanges(List<Alerts.AlertView> changed) {
        changed.forEach(alert -> changes(alert).forEach(name -> sendOnce(name, alert)));
    }

    private static String key(Alerts.AlertView alert, String name) {
        return alert.alertId() + " " + name;
    }

    private void sendOnce(String name, Alerts.AlertView alert) {
        sendOnce(name, alert, "", byAgency.getOrDefault(alert.agency(), Set.of()));
        if (alert.escalatedAt() != null && !name.equals("alert")) {
            sendOnce(name, alert, ADMINISTRATORS, administrators); // an escalation, or the acknowledgement it awaited
        }
    }

    private void sendOnce(String name, Alerts.AlertView alert, String audience, Set<SseEmitter> streams) {
        if (sent.putIfAbsent(key(alert, name) + audience, clock.instant()) != null) {
            return;
        }
        for (SseEmitter emitter : streams) {
            try {
                emitter.send(SseEmitter.event().id(alert.alertId()).name(name).data(alert, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone); // its onError callback drops it
            }
        }
    }
}

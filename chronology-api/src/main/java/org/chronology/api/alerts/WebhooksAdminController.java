package org.chronology.api.alerts;

import org.chronology.api.security.Caller;
import org.chronology.api.web.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What administrators do for webhooks: keep the allow-list of target hosts, look at a subscription's deliveries
 * (parked ones among them) and send them again from a position, each with its alert's idempotency id as before.
 */
@RestController
class WebhooksAdminController {

    private static final int MOST = 500;

    private final WebhookHosts hosts;
    private final Subscriptions subscriptions;
    private final DeliveryQueue deliveries;
    private final Clock clock;

    WebhooksAdminController(WebhookHosts hosts, Subscriptions subscriptions, DeliveryQueue deliveries, Clock clock) {
        this.hosts = hosts;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/webhook-hosts")
    Map<String, List<String>> hosts(Caller caller) {
        caller.requireAdmin("read the webhook allow-list");
        return Map.of("hosts", hosts.all());
    }

    @PutMapping("/api/v1/admin/webhook-hosts/{host}")
    ResponseEntity<Map<String, String>> allow(@PathVariable String host, Caller caller) {
        caller.requireAdmin("change the webhook allow-list");
        String name = WebhookHosts.hostName(host);
        return ResponseEntity.status(hosts.allow(name, clock.instant()) ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Map.of("host", name));
    }

    /** Deliveries already queued to the host are not sent: each is tried, fails, and is parked in time. */
    @DeleteMapping("/api/v1/admin/webhook-hosts/{host}")
    ResponseEntity<Void> remove(@PathVariable String host, Caller caller) {
        caller.requireAdmin("change the webhook allow-list");
        if (!hosts.remove(WebhookHosts.hostName(host))) {
            throw Problem.of(HttpStatus.NOT_FOUND, "That host is not on the webhook allow-list.");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/admin/subscriptions/{subscriptionId}/deliveries")
    DeliveriesView deliveries(@PathVariable String subscriptionId, @RequestParam(defaultValue = "0") long from,
                              Caller caller) {
        caller.requireAdmin("read a subscription's deliveries");
        return new DeliveriesView(deliveries.list(existing(subscriptionId), from, MOST));
    }

    record DeliveriesView(List<DeliveryQueue.Delivery> deliveries) {
    }

    /** How many deliveries were queued again. */
    record Requeued(int requeued) {
    }

    /** Queues the subscription's deliveries from position {@code from} again, parked and delivered alike. */
    @PostMapping("/api/v1/admin/subscriptions/{subscriptionId}/redeliver")
    Requeued redeliver(@PathVariable String subscriptionId, @RequestParam long from, Caller caller) {
        caller.requireAdmin("redeliver alerts");
        return new Requeued(deliveries.redeliverFrom(existing(subscriptionId), from, clock.instant()));
    }

    private String existing(String subscriptionId) {
        return subscriptions.find(subscriptionId).map(Subscriptions.Subscription::subscriptionId)
                .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No subscription with that id."));
    }
}

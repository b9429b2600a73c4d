package org.chronology.api.alerts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import org.chronology.api.security.Caller;
import org.chronology.api.web.JsonBodies;
import org.chronology.api.web.Problem;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.validation.Codes;
import org.chronology.core.validation.FieldError;
import org.chronology.projections.alerts.AlertRule;
import org.chronology.projections.alerts.AlertRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An agency's webhook subscriptions for its own alerts: made (the signing secret is shown this once), listed,
 * paused, resumed and deleted by the agency. A subscription widens nothing: alerts still go only to agencies that
 * may read the child's whole record.
 */
@RestController
class SubscriptionsController {

    private static final int MOST_CHILDREN = 200;

    /** The answer to a new subscription: the only time its secret is shown. */
    record Created(@JsonUnwrapped Subscriptions.Subscription subscription, String secret) {
    }
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final WebhookHosts hosts;
    private final AlertRules rules;
    private final Clock clock;

    SubscriptionsController(Subscriptions subscriptions, WebhookHosts hosts, AlertRules rules, Clock clock) {
        this.subscriptions = subscriptions;
        this.hosts = hosts;
        this.rules = rules;
        this.clock = clock;
    }

    @PostMapping("/api/v1/subscriptions")
    ResponseEntity<Created> create(HttpServletRequest request, Caller caller) {
        String agency = agency(caller);
        JsonNode body = JsonBodies.read(request, 32 * 1024);
        String target = hosts.target(body.path("target").isTextual() ? body.path("target").textValue() : null)
                .toString();
        List<FieldError> errors = new ArrayList<>();
        List<String> ruleNames = strings(body, "rules", 20, name -> rules.rules().stream().map(AlertRule::name)
                .anyMatch(name::equals), "must list alert rules by name (see GET /api/v1/alert-rules)", errors);
        List<String> children = strings(body, "children", MOST_CHILDREN, id -> Codes.PERSON_ID.matcher(id).matches(),
                "must list up to " + MOST_CHILDREN + " child ids", errors);
        if (!errors.isEmpty()) {
            throw Problem.invalid("The subscription is not valid.", errors);
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        Subscriptions.Subscription subscription = new Subscriptions.Subscription("subscription-" + UUID.randomUUID(),
                agency, target, ruleNames, children, false, clock.instant());
        subscriptions.create(subscription, secret);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(subscription, secret));
    }

    @GetMapping("/api/v1/subscriptions")
    Map<String, List<Subscriptions.Subscription>> list(Caller caller) {
        return Map.of("subscriptions", subscriptions.ofAgency(agency(caller)));
    }

    @GetMapping("/api/v1/subscriptions/{subscriptionId}")
    Subscriptions.Subscription get(@PathVariable String subscriptionId, Caller caller) {
        return own(subscriptionId, caller);
    }

    @PostMapping("/api/v1/subscriptions/{subscriptionId}/pause")
    Subscriptions.Subscription pause(@PathVariable String subscriptionId, Caller caller) {
        subscriptions.pause(own(subscriptionId, caller).subscriptionId(), true);
        return own(subscriptionId, caller);
    }

    /** Deliveries queued while it was paused go out now, in order. */
    @PostMapping("/api/v1/subscriptions/{subscriptionId}/resume")
    Subscriptions.Subscription resume(@PathVariable String subscriptionId, Caller caller) {
        subscriptions.pause(own(subscriptionId, caller).subscriptionId(), false);
        return own(subscriptionId, caller);
    }

    @DeleteMapping("/api/v1/subscriptions/{subscriptionId}")
    ResponseEntity<Void> delete(@PathVariable String subscriptionId, Caller caller) {
        subscriptions.delete(own(subscriptionId, caller).subscriptionId());
        return ResponseEntity.noContent().build();
    }

    private Subscriptions.Subscription own(String subscriptionId, Caller caller) {
        String agency = agency(caller);
        return subscriptions.find(subscriptionId).filter(s -> s.agency().equals(agency))
                .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No subscription with that id belongs to this"
                        + " token's agency."));
    }

    /** An optional array of distinct strings each passing {@code valid}; empty when absent. */
    private static List<String> strings(JsonNode body, String field, int most, java.util.function.Predicate<String> valid,
                                        String message, List<FieldError> errors) {
        JsonNode array = body.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (array.isArray() && array.size() <= most) {
            array.forEach(v -> values.add(v.isTextual() && valid.test(v.textValue()) ? v.textValue() : null));
        }
        if (!array.isArray() || array.size() > most || values.contains(null)) {
            errors.add(new FieldError(field, message));
            return List.of();
        }
        return values.stream().distinct().toList();
    }

    private static String agency(Caller caller) {
        if (caller.role() != AccessRole.AGENCY) {
            throw Problem.forbidden("Subscriptions are an agency's, for its own alerts: only an agency's token"
                    + " manages them.");
        }
        return caller.agency();
    }
}

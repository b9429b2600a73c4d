package org.chronology.api.alerts;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.security.Caller;
import org.chronology.api.storage.Writer;
import org.chronology.api.web.Problem;
import org.chronology.core.alert.AlertAcknowledged;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.alerts.AlertRuleInfo;
import org.chronology.projections.alerts.AlertRules;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * An agency's alerts: listed for the agency they were raised for, and acknowledged by it. An alert names the
 * child, the entry and the rule; the record itself is read through the timeline, with the agency's own access.
 */
@RestController
class AlertsController {

    private static final int MOST = 500;

    private final Alerts alerts;
    private final EventGateway events;
    private final Writer writer;
    private final Clock clock;
    private final AlertRules rules;
    private final AlertStream stream;

    AlertsController(Alerts alerts, EventGateway events, Writer writer, Clock clock,
                     AlertRules rules, AlertStream stream) {
        this.alerts = alerts;
        this.rules = rules;
        this.stream = stream;
        this.events = events;
        this.writer = writer;
        this.clock = clock;
    }

    /** The agency's newest alerts (at most {@value #MOST}), and how many of all its alerts are open. */
    @GetMapping("/api/v1/alerts")
    Alerts.AlertList list(@RequestParam(defaultValue = "false") boolean open, Caller caller) {
        return alerts.forAgency(agency(caller), open, MOST);
    }

    /** Alerts escalated because nobody acknowledged them in time: the administrators' to follow up. */
    @GetMapping("/api/v1/admin/alerts/escalated")
    Map<String, List<Alerts.AlertView>> escalated(Caller caller) {
        caller.requireAdmin("list escalated alerts");
        return Map.of("alerts", alerts.escalated(MOST));
    }

    /** The alert rules, what each alerts on and reads, and their parameters as configured. */
    @GetMapping("/api/v1/alert-rules")
    RulesView rules() {
        return new RulesView(rules.rules().stream()
                .map(rule -> new RuleView(rule.info(), rules.parameters(rule).asMap())).toList());
    }

    /** An alert rule and the values its parameters have here. */
    record RuleView(AlertRuleInfo info, Map<String, String> values) {
    }

    record RulesView(List<RuleView> rules) {
    }

    /**
     * Server-Sent Events: an agency's alerts as they are raised, escalated and acknowledged ({@code alert},
     * {@code escalated}, {@code acknowledged}); an administrator's, every agency's escalations and their
     * acknowledgement.
     */
    @GetMapping(path = "/api/v1/alerts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Caller caller) throws IOException {
        return caller.role() == AccessRole.ADMIN ? stream.openForAdministrators() : stream.open(agency(caller));
    }

    /** Acknowledges once: acknowledging again answers with the first acknowledgement. */
    @PostMapping("/api/v1/alerts/{alertId}/acknowledge")
    Alerts.AlertView acknowledge(@PathVariable String alertId, Caller caller) {
        String agency = agency(caller);
        Alerts.AlertView alert = (alertId.matches("[0-9a-f-]{36}") ? alerts.find(alertId)
                : java.util.Optional.<Alerts.AlertView>empty()).filter(a -> a.agency().equals(agency))
                .orElseThrow(() -> Problem.of(HttpStatus.NOT_FOUND, "No alert with that id was raised for this"
                        + " token's agency."));
        if (alert.acknowledgedAt() == null) {
            String by = caller.issuedTo() != null ? caller.issuedTo() : "token " + caller.tokenId();
            // On disk before the answer, ahead of bulk writes: the person acknowledging waits for it.
            writer.writeFirst(() -> events.publish(new AlertAcknowledged(alertId, agency, by, caller.tokenId(),
                    clock.instant())));
        }
        return alerts.find(alertId).orElseThrow();
    }

    private static String agency(Caller caller) {
        if (caller.role() != AccessRole.AGENCY) {
            throw Problem.forbidden("Alerts are an agency's: only an agency's token lists or acknowledges them.");
        }
        return caller.agency();
    }
}

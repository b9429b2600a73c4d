package org.chronology.api.alerts;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.core.alert.AlertRaised;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.projections.alerts.AlertRules;
import org.chronology.projections.alerts.AlertSignal;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.CaseFiles;
import org.chronology.projections.gaps.WorkingCalendar;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Judges each new entry by the alert rules, and raises an alert for each agency to be told: as the alerts processor
 * reaches it, and at once after its post is acknowledged ({@link AlertsAtOnce}); whichever comes second finds the
 * alerts raised.
 * The entry is read from the timeline (put there at once if the projection is behind), so the rules see it with
 * the child's whole case file; an entry not yet there fails the batch, which the processor retries.
 */
@Component
@ProcessingGroup(AlertJudge.GROUP)
@DisallowReplay
class AlertJudge {

    static final String GROUP = "alerts";

    private final ProjectionProgress progress;
    private final CaseFiles caseFiles;
    private final AlertRules rules;
    private final Recipients recipients;
    private final Alerts alerts;
    private final EventGateway events;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final WorkingCalendar calendar = WorkingCalendar.englandAndWales();

    AlertJudge(ProjectionProgress progress, CaseFiles caseFiles, AlertRules rules, Recipients recipients,
               Alerts alerts, EventGateway events, JdbcTemplate jdbc, Clock clock, TransactionTemplate transactions) {
        this.progress = progress;
        this.caseFiles = caseFiles;
        this.rules = rules;
        this.recipients = recipients;
        this.alerts = alerts;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
    }

    @EventHandler
    void on(EntryRecorded event) {
        EntryHeader entry = event.entry();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!mayAlert(entry)) {
            return;
        }
        for (String child : entry.children()) {
            CaseFile file = caseFiles.caseFile(child);
            file.own().stream().filter(e -> e.eventId().equals(entry.eventId())
                            && e.recordingAgency().equals(entry.recordingAgency())).findFirst()
                    .ifPresent(recorded -> raise(file, recorded, rules.judge(file, recorded, today)));
        }
    }

    /**
     * Whether the entry is recent enough for some rule, and on the timeline and not retracted. Most entries of a
     * bulk load are history: they are passed over on their own date, without waiting for the timeline or reading
     * a case file.
     */
    private boolean mayAlert(EntryHeader entry) {
        if (!mayConcernAlerts(entry)) {
            return false;
        }
        // The child's own new entries are put on the timeline, but nothing waits for revisions of other children
        // that a bulk load leaves to the projection (up to the read timeout, 2 s): an alert is meant to be prompt,
        // and its recipient reads the record, as it then stands, with its own token.
        progress.writeAhead(entry.children());
        List<String> status = jdbc.queryForList("SELECT status FROM timeline_entry WHERE entry_id = ?", String.class,
                entry.entryId());
        if (status.isEmpty()) {
            throw new IllegalStateException("The timeline does not hold " + entry.entryId() + " yet; judged later");
        }
        return !status.get(0).equals("retracted");
    }

    /** Whether the entry names a child and can have happened recently enough for some rule: a cheap first look. */
    boolean mayConcernAlerts(EntryHeader entry) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate latest = entry.occurrence() == null ? null : entry.occurrence().latest(); // older events lack it
        return !entry.children().isEmpty()
                && (latest == null || !latest.isBefore(rules.earliestAlerting(today, calendar)));
    }

    private void raise(CaseFile file, CaseEvent recorded, List<AlertSignal> signals) {
        Instant now = clock.instant();
        String entryId = EntryHeader.entryId(recorded.recordingAgency(), recorded.eventId());
        List<AlertRaised> raised = new ArrayList<>();
        for (AlertSignal signal : signals) {
            for (String agency : recipients.of(file, recorded, signal.rule(), now)) {
                String alertId = UUID.nameUUIDFromBytes(String.join("\n", signal.rule(), signal.reason(),
                        signal.childId(), entryId, agency).getBytes(StandardCharsets.UTF_8)).toString();
                if (!alerts.exists(alertId)) {
                    raised.add(new AlertRaised(alertId, signal.rule(), signal.reason(), signal.childId(), entryId,
                            agency, now, "/api/v1/children/" + signal.childId() + "/timeline"));
                }
            }
        }
        // One transaction for the events and the alerts and deliveries they store (joining the processor's, when it
        // judges): on the embedded database, one wait for the write turn rather than one for each.
        if (!raised.isEmpty()) {
            transactions.executeWithoutResult(tx -> raised.forEach(events::publish));
        }
    }
}

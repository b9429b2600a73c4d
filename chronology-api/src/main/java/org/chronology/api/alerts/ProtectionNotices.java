package org.chronology.api.alerts;

import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.projections.alerts.AlertRules;
import org.chronology.projections.alerts.AlertSignal;
import org.chronology.projections.alerts.UnscheduledCareOnPlan;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.CaseFiles;
import org.chronology.projections.gaps.rules.Workers;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The other direction of CP-IS: the agency recording an unscheduled-care attendance is told, in the answer, that
 * the child is on a plan, looked after or unborn with a pre-birth plan, and which lead agency (and its social
 * worker's team, where recorded) to contact. It learns that status and nothing else of the record.
 */
@Component
public class ProtectionNotices {

    /** A child of the entry under protection: its status code and whom to contact. */
    public record Notice(String childId, String status, List<Contact> contact) {
    }

    /** @param team the team of the social worker the agency allocated to the child; {@code null} when not recorded */
    public record Contact(String agency, String team) {
    }

    private final CaseFiles caseFiles;
    private final AlertRules rules;
    private final Recipients recipients;
    private final Clock clock;

    ProtectionNotices(CaseFiles caseFiles, AlertRules rules, Recipients recipients, Clock clock) {
        this.caseFiles = caseFiles;
        this.rules = rules;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** The notices for a just-recorded entry: none unless it is unscheduled care of a child under protection. */
    public List<Notice> of(EntryCommand command) {
        if (!(command instanceof RecordEntry record) || !record.event().type().code().equals("hospital.ed_attendance")) {
            return List.of();
        }
        EntryHeader entry = record.envelope();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Notice> notices = new ArrayList<>();
        for (String child : entry.children()) {
            CaseFile file = caseFiles.caseFile(child);
            file.own().stream().filter(e -> e.eventId().equals(entry.eventId())
                            && e.recordingAgency().equals(entry.recordingAgency())).findFirst()
                    .flatMap(recorded -> rules.judge(UnscheduledCareOnPlan.NAME, file, recorded, today).stream().findFirst())
                    .map(AlertSignal::reason)
                    .ifPresent(status -> notices.add(new Notice(child, status, contacts(file))));
        }
        return notices;
    }

    private List<Contact> contacts(CaseFile file) {
        List<CaseEvent> allocations = Workers.changes(file, Workers.SW).stream()
                .filter(e -> e.is("worker.allocated")).toList();
        return recipients.leadAgencies(file).stream().map(agency -> new Contact(agency, allocations.stream()
                .filter(e -> e.agency().equals(agency)).reduce((first, second) -> second)
                .map(e -> e.text("team")).orElse(null))).toList();
    }
}

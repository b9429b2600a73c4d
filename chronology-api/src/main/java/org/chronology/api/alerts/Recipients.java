package org.chronology.api.alerts;

import org.chronology.projections.access.Involvement;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.rules.Workers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told of an alert about a child: the lead agency with the child's case open, the agency of the child's
 * allocated social worker, and agencies subscribed to the rule for the child; never the agency that recorded the
 * entry (it knows), and never an agency that may not read the child's whole record, since the alert itself says
 * what kind of entry the child has.
 */
@Component
class Recipients {

    private final Involvement involvement;
    private final JdbcAgencyDirectory agencies;
    private final Subscriptions subscriptions;
    private final Period partnership;

    Recipients(Involvement involvement, JdbcAgencyDirectory agencies, Subscriptions subscriptions,
               @Value("${chronology.access.partnership:P1Y}") Period partnership) {
        this.involvement = involvement;
        this.agencies = agencies;
        this.subscriptions = subscriptions;
        this.partnership = partnership;
    }

    /** The agencies to alert, in that order: lead agencies, the social worker's, subscribers. */
    Set<String> of(CaseFile file, CaseEvent recorded, String rule, Instant now) {
        String child = file.childId();
        Set<String> told = new LinkedHashSet<>(leadAgencies(file));
        allocatedSocialWorker(file).ifPresent(told::add);
        told.addAll(subscriptions.agenciesFor(rule, child));
        told.remove(recorded.recordingAgency());
        told.removeIf(agency -> !involvement.readsWholeRecord(agency, agencies.sectorOf(agency).orElse(null), child,
                now, partnership));
        return told;
    }

    /** The lead agencies that recorded entries of the child and whose case is open. */
    List<String> leadAgencies(CaseFile file) {
        return file.own().stream().map(CaseEvent::recordingAgency).distinct().filter(file::isLead)
                .filter(agency -> involvement.leadCaseOpen(agency, file.childId())).toList();
    }

    /** The agency of the social worker last allocated to the child, unless that worker has left since. */
    private static Optional<String> allocatedSocialWorker(CaseFile file) {
        List<CaseEvent> changes = Workers.changes(file, Workers.SW);
        return changes.isEmpty() || !changes.get(changes.size() - 1).is("worker.allocated") ? Optional.empty()
                : Optional.of(changes.get(changes.size() - 1).agency());
    }
}

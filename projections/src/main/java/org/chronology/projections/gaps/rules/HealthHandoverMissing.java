package org.chronology.projections.gaps.rules;

import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.Span;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** domain.md §c rule 32; motivated by Family T §5.50 (ward to NNU) and Child O §5.10, §7.3.8 (midwife to HV). */
@Component
public class HealthHandoverMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("HEALTH_HANDOVER_MISSING", Category.INFORMATION_SHARING,
            "The child's care moved between health services without a formal handover: (a) a hospital transfer with "
                + "no handover within a day of it; (b) a handover recorded as not formal; (c) after the birth of a "
                + "child known to the lead agency, a community health service new to the child (a health visitor "
                + "taking over from the midwife) starts with no handover to it from the birth until N after its "
                + "first entry. One finding per move. Read generously: a handover counts if it can have happened in "
                + "the window, and (a) and (c) are decided once the window has passed. Whether a handover carried what "
                + "mattered needs a reviewer's judgement: a recorded handover that passed on less than the sending "
                + "ward knew (Family T §5.50: only that Mother was looked after reached the NNU) is not a fact the "
                + "record types, as what a handover carried is free text.",
            "(a) hospital.transfer naming the child; (b) health.handover naming the child with details.formal = false "
                + "(fromService, toService name the services); (c) health.birth of the child, the first entry naming "
                + "the child by an agency of sector health.community with no entry naming the child (or its "
                + "pregnancy) before the birth, while another health agency had one, and an entry in the year before recorded by the lead agency "
                + "or sent to it (info.shared, referral.made, concern.recorded sharedWith). A handover: health.handover naming the child (for (c), with details.toAgency that "
                + "agency, or recorded or acted by it).",
            List.of(new Parameter("N", "1d", "time around a transfer or a new service's first entry for its handover")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> transfers = Injuries.select(file.own(), e -> e.is("hospital.transfer"));
        List<CaseEvent> handovers = Injuries.select(file.own(), e -> e.is("health.handover"));
        for (CaseEvent event : handovers) {
            if (event.is("health.handover") && Boolean.FALSE.equals(event.flag("formal"))) {
                List<String> evidence = new ArrayList<>(List.of(event.eventId()));
                near(file, transfers, event, within).ifPresent(t -> evidence.add(t.eventId()));
                findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(), evidence,
                        "The handover" + services(event) + " recorded by " + event.agency() + " on " + event.when()
                                + " was not a formal handover."));
            }
        }
        for (CaseEvent event : transfers) {
            if (asOf.isAfter(within.after(event.latest(), file.calendar()))
                    && near(file, handovers, event, within).isEmpty()) {
                String to = event.text("toUnit") != null ? " to " + event.text("toUnit") : "";
                findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(), List.of(event.eventId()),
                        "The child's hospital transfer" + to + " recorded by " + event.agency() + " on "
                                + event.when() + " has no health handover recorded between "
                                + within.before(event.earliest(), file.calendar()) + " and "
                                + within.after(event.latest(), file.calendar()) + "."));
            }
        }
        newServiceAfterBirth(file, asOf, within, findings);
        return findings;
    }

    /** Shape (c): a community health service new to the child after its birth, with no handover to it. */
    private void newServiceAfterBirth(CaseFile file, LocalDate asOf, Span within, List<Finding> findings) {
        List<CaseEvent> own = file.own();
        Optional<CaseEvent> birth = own.stream().filter(e -> e.is("health.birth")).findFirst();
        if (birth.isEmpty()) {
            return;
        }
        Set<String> before = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (CaseEvent e : own) {
            if (e.latest().isBefore(birth.get().earliest())) {
                before.addAll(e.agencies());
            }
        }
        if (before.stream().noneMatch(file::isHealth)) {
            return;
        }
        for (CaseEvent e : own) {
            if (!e.earliest().isAfter(birth.get().latest())) {
                continue;
            }
            for (String agency : e.agencies()) {
                if (before.contains(agency) || !seen.add(agency) || !community(file, agency)
                        || !asOf.isAfter(within.after(e.latest(), file.calendar()))
                        || !knownToLead(file, e)) {
                    continue;
                }
                CaseEvent from = birth.get();
                boolean handedOver = own.stream().anyMatch(h -> h.is("health.handover")
                        && (agency.equals(h.text("toAgency")) || h.agencies().contains(agency))
                        && !h.latest().isBefore(from.earliest())
                        && !h.earliest().isAfter(within.after(e.latest(), file.calendar())));
                if (!handedOver) {
                    findings.add(Finding.of(this, Severity.MEDIUM, e, List.of(agency), List.of(e.eventId(),
                            from.eventId()), agency + " began working with the child on " + e.when() + " after its "
                            + "birth (" + from.when() + "), and no handover to it is recorded between " + from.when()
                            + " and " + within.after(e.latest(), file.calendar()) + "."));
                }
            }
        }
    }

    /** Whether an entry in the year up to {@code at} shows the lead agency knew of the child or its household. */
    private static boolean knownToLead(CaseFile file, CaseEvent at) {
        LocalDate from = at.earliest().minusYears(1);
        return file.events().stream().anyMatch(e -> !e.latest().isBefore(from) && !e.earliest().isAfter(at.latest())
                && Injuries.leadKnows(file, e));
    }

    private static boolean community(CaseFile file, String agency) {
        return file.sector(agency).filter(s -> s == Sector.HEALTH_COMMUNITY).isPresent();
    }

    /** The first of the entries that can have happened within the span of {@code at}. */
    private static Optional<CaseEvent> near(CaseFile file, List<CaseEvent> entries, CaseEvent at, Span within) {
        return Injuries.between(entries, within.before(at.earliest(), file.calendar()),
                within.after(at.latest(), file.calendar()));
    }

    private static String services(CaseEvent handover) {
        String from = handover.text("fromService");
        String to = handover.text("toService");
        return (from != null ? " from " + from : "") + (to != null ? " to " + to : "");
    }
}

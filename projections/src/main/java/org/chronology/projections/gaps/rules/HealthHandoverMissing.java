package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** domain.md §c rule 32; motivated by Family T §5.50 (ward to NNU) and Child O §5.10, §7.3.8 (midwife to HV). */
@Component
public class HealthHandoverMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("HEALTH_HANDOVER_MISSING", Category.INFORMATION_SHARING,
            "Care moved between health services without a formal handover. Two recorded shapes: (a) a "
                + "hospital.transfer naming the child with no health.handover that can have happened within a day of "
                + "it (unless the transfer states details.formal = true), decided once the day after the transfer's "
                + "last possible day has passed; (b) a health.handover naming the child that states details.formal = "
                + "false or details.incomplete = true (fromService / toService name the services). A transfer whose "
                + "handover was informal is reported once, as (b). Moves not recorded as a transfer or handover "
                + "(e.g. midwife to health visitor) are not inferred.",
            "Care moved between health services without a formal handover. Two recorded shapes: (a) a "
                + "hospital.transfer naming the child with no health.handover that can have happened within a day of "
                + "it (unless the transfer states details.formal = true), decided once the day after the transfer's "
                + "last possible day has passed; (b) a health.handover naming the child that states details.formal = "
                + "false or details.incomplete = true (fromService / toService name the services). A transfer whose "
                + "handover was informal is reported once, as (b). Moves not recorded as a transfer or handover "
                + "(e.g. midwife to health visitor) are not inferred.",
            List.of());

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.own()) {
            if (event.is("health.handover") && (Boolean.FALSE.equals(event.flag("formal"))
                    || Boolean.TRUE.equals(event.flag("incomplete")))) {
                List<String> evidence = new ArrayList<>(List.of(event.eventId()));
                transferOf(file, event).ifPresent(t -> evidence.add(t.eventId()));
                String services = services(event);
                String how = Boolean.TRUE.equals(event.flag("incomplete"))
                        ? Boolean.FALSE.equals(event.flag("formal")) ? "informal and incomplete" : "incomplete"
                        : "informal";
                findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(), evidence,
                        "The handover" + services + " recorded by " + event.agency() + " on " + event.when()
                                + " was " + how + "."));
            } else if (event.is("hospital.transfer") && !Boolean.TRUE.equals(event.flag("formal"))
                    && asOf.isAfter(event.latest().plusDays(1)) && handoverFor(file, event).isEmpty()) {
                String to = event.text("toUnit") != null ? " to " + event.text("toUnit")
                        : event.text("toService") != null ? " to " + event.text("toService") : "";
                findings.add(Finding.of(this, Severity.MEDIUM, event, event.agencies(), List.of(event.eventId()),
                        "The child's hospital transfer" + to + " recorded by " + event.agency() + " on "
                                + event.when() + " has no health handover recorded within a day of it."));
            }
        }
        return findings;
    }

    /** A handover that can have happened within a day of the transfer. */
    private static Optional<CaseEvent> handoverFor(CaseFile file, CaseEvent transfer) {
        return file.own().stream().filter(e -> e.is("health.handover"))
                .filter(h -> !h.latest().isBefore(transfer.earliest().minusDays(1))
                        && !h.earliest().isAfter(transfer.latest().plusDays(1)))
                .findFirst();
    }

    private static Optional<CaseEvent> transferOf(CaseFile file, CaseEvent handover) {
        return file.own().stream().filter(e -> e.is("hospital.transfer"))
                .filter(t -> !handover.latest().isBefore(t.earliest().minusDays(1))
                        && !handover.earliest().isAfter(t.latest().plusDays(1)))
                .findFirst();
    }

    private static String services(CaseEvent handover) {
        String from = handover.text("fromService");
        String to = handover.text("toService");
        return (from != null ? " from " + from : "") + (to != null ? " to " + to : "");
    }
}

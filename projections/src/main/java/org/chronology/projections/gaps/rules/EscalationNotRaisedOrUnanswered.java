package org.chronology.projections.gaps.rules;

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
import org.chronology.projections.gaps.Timing;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 38; motivated by Family T §5.48, §5.62-5.63 and LP5 (FNP's concerns about the pre-birth decision
 * raised informally only; nobody escalated after the ICPC; the NNU's concerns went to the police, not to CSC) and
 * Child O §5.2 (a health visitor's formal request answered five months later).
 */
@Component
public class EscalationNotRaisedOrUnanswered implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("ESCALATION_NOT_RAISED_OR_UNANSWERED", Category.INFORMATION_SHARING,
            "(a) A partner disagrees with a lead-agency decision and raises no escalation within N: an entry for "
                + "the child from a non-lead agency (acting agency, or details.from) with details.concernAboutDecision "
                + "or details.disagreement true, or any entry stating that no escalation was made (details."
                + "formalEscalation, escalated, escalatedToCSC, escalatedToLead or escalationAfter false; the parties "
                + "are then its non-lead sender, else the non-lead agencies in details.attended, else any partner); "
                + "answered by an escalation.raised from one of those agencies that can have happened within N. "
                + "(b) An escalation.raised for the child that gets no answer within M: an escalation.responded, or "
                + "an info.shared, contact or professionals meeting from its target (details.to; CSC or its front "
                + "door when no target is stated) naming the raiser as recipient (to, sharedWith, attended), or a "
                + "details.respondedAt on the escalation no later than the deadline. Both fire once the time has "
                + "passed from the last day the trigger can have happened.",
            "(a) A partner disagrees with a lead-agency decision and raises no escalation within N: an entry for "
                + "the child from a non-lead agency (acting agency, or details.from) with details.concernAboutDecision "
                + "or details.disagreement true, or any entry stating that no escalation was made (details."
                + "formalEscalation, escalated, escalatedToCSC, escalatedToLead or escalationAfter false; the parties "
                + "are then its non-lead sender, else the non-lead agencies in details.attended, else any partner); "
                + "answered by an escalation.raised from one of those agencies that can have happened within N. "
                + "(b) An escalation.raised for the child that gets no answer within M: an escalation.responded, or "
                + "an info.shared, contact or professionals meeting from its target (details.to; CSC or its front "
                + "door when no target is stated) naming the raiser as recipient (to, sharedWith, attended), or a "
                + "details.respondedAt on the escalation no later than the deadline. Both fire once the time has "
                + "passed from the last day the trigger can have happened.",
            List.of(new Parameter("N", "10wd", "time within which a disagreeing partner should escalate"),
                new Parameter("M", "10wd", "time within which an escalation should be answered")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    private static final List<String> DISAGREEMENT_FLAGS = List.of("concernAboutDecision", "disagreement",
            "disagreesWithDecision");
    private static final List<String> NOT_ESCALATED_FLAGS = List.of("formalEscalation", "escalated", "escalatedToCSC",
            "escalatedToLead", "escalationAfter");
    private static final List<String> RECIPIENT_FIELDS = List.of("to", "sharedWith", "attended");

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span raiseWithin = parameters.span("N");
        Span answerWithin = parameters.span("M");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.own()) {
            if (event.is("escalation.raised")) {
                unanswered(file, event, answerWithin, asOf).ifPresent(findings::add);
            } else {
                notRaised(file, event, raiseWithin, asOf).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> notRaised(CaseFile file, CaseEvent event, Span within, LocalDate asOf) {
        Set<String> senders = senders(file, event);
        boolean partnerSent = !senders.isEmpty() && senders.stream().noneMatch(file::isLead)
                && senders.stream().anyMatch(file::isPractitionerAgency);
        boolean disagrees = partnerSent
                && DISAGREEMENT_FLAGS.stream().anyMatch(f -> Boolean.TRUE.equals(event.flag(f)));
        boolean statedNotEscalated = NOT_ESCALATED_FLAGS.stream().anyMatch(f -> Boolean.FALSE.equals(event.flag(f)));
        if ((!disagrees && !statedNotEscalated) || !Timing.overdue(event, within, file.calendar(), asOf)) {
            return Optional.empty();
        }
        Set<String> parties = new LinkedHashSet<>();
        if (partnerSent) {
            parties.addAll(senders);
        } else {
            file.agencyCodes(event, "attended").stream().filter(a -> !file.isLead(a) && file.isPractitionerAgency(a))
                    .forEach(parties::add);
        }
        boolean escalated = Timing.respondedWithin(event, within, file.calendar(), file.events(), e -> {
            if (!e.is("escalation.raised")) {
                return false;
            }
            Set<String> by = senders(file, e);
            return parties.isEmpty() ? by.stream().anyMatch(a -> !file.isLead(a))
                    : by.stream().anyMatch(parties::contains);
        }).isPresent();
        if (escalated) {
            return Optional.empty();
        }
        String what = disagrees
                ? (parties.isEmpty() ? "A partner" : String.join(" and ", parties)) + " disagreed with a decision on "
                        + event.when() + " (" + event.eventId() + ")"
                : "The " + label(event) + " of " + event.when() + " (" + event.eventId() + ", "
                        + event.agency() + ") records that concerns were not escalated";
        String tail = disagrees ? " but raised no escalation within " + within.describe()
                : parties.isEmpty() ? ", and no partner raised an escalation within " + within.describe()
                : ", and " + String.join(" and ", parties) + " raised no escalation within " + within.describe();
        List<String> agencies = parties.isEmpty() ? List.of(event.agency()) : List.copyOf(parties);
        return Optional.of(Finding.of(this, Severity.MEDIUM, event, agencies, List.of(event.eventId()),
                what + tail + "."));
    }

    private Optional<Finding> unanswered(CaseFile file, CaseEvent raised, Span within, LocalDate asOf) {
        if (!Timing.overdue(raised, within, file.calendar(), asOf)) {
            return Optional.empty();
        }
        LocalDate deadline = Timing.deadline(raised, within, file.calendar());
        Optional<LocalDate> respondedAt = firstDay(raised.text("respondedAt"));
        if (respondedAt.isPresent() && !respondedAt.get().isAfter(deadline)) {
            return Optional.empty();
        }
        Set<String> raisers = senders(file, raised);
        Set<String> targets = file.agencyCodes(raised, "to");
        boolean answered = Timing.respondedWithin(raised, within, file.calendar(), file.events(), e -> {
            if (e.is("escalation.responded")) {
                return true;
            }
            if (!e.is("info.shared", "contact.in_person", "contact.remote", "meeting.professionals")) {
                return false;
            }
            Set<String> by = senders(file, e);
            boolean fromTarget = targets.isEmpty() ? by.stream().anyMatch(file::isLead)
                    : by.stream().anyMatch(targets::contains);
            return fromTarget && RECIPIENT_FIELDS.stream()
                    .anyMatch(field -> file.agencyCodes(e, field).stream().anyMatch(raisers::contains));
        }).isPresent();
        if (answered) {
            return Optional.empty();
        }
        Set<String> agencies = new LinkedHashSet<>(targets);
        agencies.addAll(raisers);
        String to = targets.isEmpty() ? "" : " to " + String.join(" and ", targets);
        String late = respondedAt.map(d -> " (answered only on " + raised.text("respondedAt") + ")").orElse("");
        return Optional.of(Finding.of(this, Severity.MEDIUM, raised, agencies, List.of(raised.eventId()),
                String.join(" and ", raisers) + "'s escalation of " + raised.when() + to
                        + " had no response within " + within.describe() + late + "."));
    }

    private static String label(CaseEvent event) {
        return switch (event.type()) {
            case "info.shared" -> "information shared";
            case "concern.recorded" -> "concern";
            case "conference.initial", "conference.review", "meeting.core_group" -> Explanations.meeting(event);
            default -> Explanations.type(event);
        };
    }

    /** The first day a date text ({@code 2018-03-05}, {@code 2018-03}, {@code 2018} or a date-time) can mean. */
    private static Optional<LocalDate> firstDay(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        try {
            if (value.length() >= 10) {
                return Optional.of(LocalDate.parse(value.substring(0, 10)));
            }
            if (value.length() == 7) {
                return Optional.of(YearMonth.parse(value).atDay(1));
            }
            if (value.length() == 4) {
                return Optional.of(Year.parse(value).atDay(1));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Set<String> senders(CaseFile file, CaseEvent event) {
        Set<String> from = file.agencyCodes(event, "from");
        return from.isEmpty() ? new LinkedHashSet<>(List.of(event.agency())) : from;
    }
}

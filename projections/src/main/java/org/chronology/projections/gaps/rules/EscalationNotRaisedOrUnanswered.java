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
 * raised informally only) and Child O §5.2 (a health visitor's formal request answered five months later).
 */
@Component
public class EscalationNotRaisedOrUnanswered implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("ESCALATION_NOT_RAISED_OR_UNANSWERED", Category.INFORMATION_SHARING,
            "(a) A partner tells children's social care or its front door that it disagrees with a decision of "
                + "theirs, or raises an escalation without using the formal policy, and the disagreement is neither "
                + "answered within M nor taken up through the formal escalation policy within N. (b) A formal "
                + "escalation gets no answer within M. An answer is an escalation.responded, a response date the "
                + "raising agency recorded on the escalation, or information, a contact or a professionals' meeting "
                + "from the agency escalated to that names the raiser. Deadlines run from the last day the trigger "
                + "can have happened. One agency's unanswered disagreements in a row make one finding. Whether "
                + "partners who said nothing disagreed (e.g. at a conference) needs judgement and is not judged.",
            "info.shared with details.concernAboutDecision true (details.from, else the acting agency; details.to "
                + "a lead agency); escalation.raised with details.from, details.to, details.formalPolicyUsed and "
                + "details.respondedAt; escalation.responded (details.escalationEventId); info.shared, contacts and "
                + "professionals' meetings from the agency escalated to with details.to, sharedWith or attended.",
            List.of(new Parameter("N", "10wd", "time within which a disagreeing partner should escalate formally"),
                new Parameter("M", "10wd", "time within which an escalation should be answered")));

    private static final String[] ANSWERS = {"escalation.responded", "info.shared", "contact.in_person",
        "contact.remote", "meeting.professionals"};

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span formalWithin = parameters.span("N");
        Span answerWithin = parameters.span("M");
        List<Finding> findings = new ArrayList<>();
        List<CaseEvent> episode = new ArrayList<>();
        List<CaseEvent> answers = file.events(ANSWERS);
        for (CaseEvent event : file.own("escalation.raised", "info.shared")) {
            boolean informal = informal(file, event);
            if (!informal && !formal(event)) {
                continue;
            }
            Set<String> raisers = Partners.senders(event);
            if (raisers.stream().anyMatch(file::isLead)
                    || !Timing.overdue(event, answerWithin, file.calendar(), asOf)
                    || (informal && !Timing.overdue(event, formalWithin, file.calendar(), asOf))
                    || answered(file, answers, event, answerWithin)
                    || (informal && Timing.respondedWithin(event, formalWithin, file.calendar(), file.events("escalation.raised"),
                    e -> formal(e) && Partners.anySender(e, raisers::contains)).isPresent())) {
                continue;
            }
            if (!episode.isEmpty() && !Partners.senders(episode.get(0)).equals(raisers)) {
                findings.add(finding(file, episode, answerWithin));
                episode = new ArrayList<>();
            }
            episode.add(event);
        }
        if (!episode.isEmpty()) {
            findings.add(finding(file, episode, answerWithin));
        }
        return findings;
    }

    private Finding finding(CaseFile file, List<CaseEvent> episode, Span within) {
        CaseEvent first = episode.get(0);
        Set<String> raisers = Partners.senders(first);
        Set<String> targets = targets(file, first);
        List<String> evidence = new ArrayList<>();
        episode.forEach(e -> evidence.add(e.eventId()));
        String raiser = String.join(" and ", raisers);
        String to = String.join(" and ", targets);
        LocalDate deadline = Timing.deadline(first, within, file.calendar());
        String sentence;
        if (informal(file, first)) {
            sentence = raiser + " told " + to + " on " + first.when() + " (" + first.eventId() + ") that it disagreed"
                    + (first.is("escalation.raised") ? ", without using the escalation policy," : " with a decision")
                    + "; no answer " + Partners.between(first.earliest(), deadline)
                    + " and no formal escalation followed";
        } else {
            sentence = raiser + "'s escalation of " + first.when() + " (" + first.eventId() + ") to " + to
                    + " had no answer " + Partners.between(first.earliest(), deadline);
            if (first.text("respondedAt") != null) {
                sentence += " (answered only on " + first.text("respondedAt") + ")";
            }
        }
        if (episode.size() > 1) {
            sentence += "; raised again without an answer in " + Explanations.entries(episode.subList(1, episode.size()));
        }
        Set<String> agencies = new LinkedHashSet<>(raisers);
        agencies.addAll(targets);
        return Finding.of(this, Severity.MEDIUM, first, agencies, evidence, sentence + ".");
    }

    /** A partner's disagreement made outside the formal escalation policy. */
    private static boolean informal(CaseFile file, CaseEvent event) {
        if (event.is("escalation.raised")) {
            return Boolean.FALSE.equals(event.flag("formalPolicyUsed"));
        }
        return event.is("info.shared") && Boolean.TRUE.equals(event.flag("concernAboutDecision"))
                && (Partners.anyRecipient(event, file::isLead) || file.isLead(event.recordingAgency()));
    }

    /** An escalation under the formal policy (or not said to be outside it). */
    private static boolean formal(CaseEvent event) {
        return event.is("escalation.raised") && !Boolean.FALSE.equals(event.flag("formalPolicyUsed"));
    }

    /** The agencies escalated to: details.to, else the lead agencies the household's record names. */
    private static Set<String> targets(CaseFile file, CaseEvent raised) {
        Set<String> to = Partners.named(raised, "to");
        if (to.isEmpty() && file.isLead(raised.recordingAgency())) {
            to.add(raised.recordingAgency());
        }
        if (to.isEmpty()) {
            to.add("the lead agency");
        }
        return to;
    }

    private static boolean answered(CaseFile file, List<CaseEvent> answers, CaseEvent raised, Span within) {
        LocalDate deadline = Timing.deadline(raised, within, file.calendar());
        Optional<LocalDate> respondedAt = firstDay(raised.text("respondedAt"));
        if (respondedAt.isPresent()) {
            return !respondedAt.get().isAfter(deadline);
        }
        Set<String> raisers = Partners.senders(raised);
        Set<String> targets = Partners.named(raised, "to");
        return Timing.respondedWithin(raised, within, file.calendar(), answers, e -> {
            if (e.is("escalation.responded")) {
                String answered = e.text("escalationEventId");
                Set<String> to = Partners.named(e, "to");
                return answered != null ? answered.equals(raised.eventId())
                        : to.isEmpty() || to.stream().anyMatch(raisers::contains);
            }
            if (!e.is("info.shared", "contact.in_person", "contact.remote", "meeting.professionals")) {
                return false;
            }
            Set<String> by = Partners.senders(e);
            boolean fromTarget = targets.isEmpty() ? by.stream().anyMatch(file::isLead)
                    : by.stream().anyMatch(targets::contains);
            Set<String> reached = Partners.recipients(e);
            reached.addAll(Partners.named(e, "attended"));
            return fromTarget && reached.stream().anyMatch(raisers::contains);
        }).isPresent();
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
}

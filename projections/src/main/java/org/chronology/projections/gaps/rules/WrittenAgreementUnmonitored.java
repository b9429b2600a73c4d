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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * domain.md §c rule 50; motivated by Baby E §1.2.4 and §3.1.23 (a written agreement excluding the partner from
 * childcare that partners did not know of, and whose breach was not acted on).
 */
@Component
public class WrittenAgreementUnmonitored implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("WRITTEN_AGREEMENT_UNMONITORED", Category.RESPONSE_TO_HARM,
            "(a) A written agreement with the family is not sent to a partner agency active for the child or "
                + "household in the L before it: the partner is not among those it was copied to, and the agreeing "
                + "agency shared nothing with it within N. (b) A breach of a written agreement is recorded and "
                + "children's social care or its front door does not act within N: no strategy discussion, enquiry, "
                + "visit, meeting, assessment, revised agreement, reopening, accommodation or placement, and no "
                + "notice to the police. Both fire once N has passed from the last day the trigger can have "
                + "happened; one finding per agreement and per breach. Whether a later entry shows a breach that "
                + "was not recorded as one needs judgement and is not judged.",
            "written_agreement.made with details.copiedTo (agency codes; not stated means sent to nobody) and "
                + "details.parties; concern.recorded with details.categories containing agreement_breach; every "
                + "agency's entries for the child and household with their dates; the lead agency's entries after "
                + "a breach; police.notified.",
            List.of(new Parameter("N", "1wd", "time within which the agreement is sent and a breach acted on"),
                new Parameter("L", "90d", "how far before the agreement involvement makes an agency active (design)")));

    private static final Set<String> ACTING = Set.of("strategy.discussion", "strategy.meeting", "s47.started",
            "visit.home", "assessment.started", "written_agreement.made", "case.opened", "case.reopened",
            "child.accommodated", "placement.started", "police.protection", "conference.initial", "conference.review",
            "legal.planning_meeting", "legal.plo_started", "court.application", "meeting.professionals",
            "meeting.core_group", "meeting.cin_review");

    private static final String[] RESPONSES = Stream.concat(ACTING.stream(), Stream.of("police.notified"))
            .toArray(String[]::new);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent event : file.own("written_agreement.made", "concern.recorded")) {
            if (!Timing.overdue(event, within, file.calendar(), asOf)) {
                continue;
            }
            if (event.is("written_agreement.made")) {
                unsent(file, event, within, lookback).ifPresent(findings::add);
            } else if (event.is("concern.recorded") && event.strings("categories").contains("agreement_breach")) {
                unanswered(file, event, within).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private Optional<Finding> unsent(CaseFile file, CaseEvent agreement, Span within, Span lookback) {
        Set<String> copied = Partners.named(agreement, "copiedTo");
        Set<String> sent = new LinkedHashSet<>(copied);
        for (CaseEvent e : Partners.within(file.events("info.shared"), agreement.earliest(),
                Timing.deadline(agreement, within, file.calendar()))) {
            if (Partners.anySender(e, agreement.agencies()::contains)) {
                sent.addAll(Partners.recipients(e));
            }
        }
        LocalDate day = agreement.earliest();
        Map<String, List<CaseEvent>> unsent = new LinkedHashMap<>();
        file.involvement(lookback.before(day, file.calendar()), day).forEach((agency, events) -> {
            if (Partners.partner(file, agency) && !agreement.agencies().contains(agency) && !sent.contains(agency)) {
                unsent.put(agency, events);
            }
        });
        if (unsent.isEmpty()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of(agreement.eventId()));
        List<String> phrases = Partners.describe(unsent, "in the " + lookback.describe() + " before", evidence);
        return Optional.of(Finding.of(this, Severity.MEDIUM, agreement, unsent.keySet(), evidence,
                "The written agreement of " + agreement.when() + " (" + agreement.eventId() + ", " + agreement.agency()
                        + ") was not sent to " + Explanations.list(phrases, "or") + "; copied to: "
                        + (copied.isEmpty() ? "no agency recorded" : String.join(", ", copied)) + "."));
    }

    private Optional<Finding> unanswered(CaseFile file, CaseEvent breach, Span within) {
        if (Timing.respondedWithin(breach, within, file.calendar(), file.events(RESPONSES),
                e -> acts(file, e))
                .isPresent()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of(breach.eventId()));
        Optional<CaseEvent> agreement = file.events("written_agreement.made").stream()
                .filter(e -> !e.earliest().isAfter(breach.latest()))
                .reduce((a, b) -> b);
        agreement.ifPresent(a -> evidence.add(a.eventId()));
        LocalDate deadline = Timing.deadline(breach, within, file.calendar());
        return Optional.of(Finding.of(this, Severity.HIGH, breach, List.of(breach.agency()), evidence,
                breach.agency() + " recorded a breach of "
                        + agreement.map(a -> "the written agreement of " + a.when() + " (" + a.eventId() + ")")
                        .orElse("a written agreement") + " on " + breach.when() + " (" + breach.eventId()
                        + "), and the lead agency took no action and the police were not told "
                        + Partners.between(breach.earliest(), deadline) + "."));
    }

    private static boolean acts(CaseFile file, CaseEvent event) {
        return event.is("police.notified") || ACTING.contains(event.type()) && file.byLead(event);
    }
}

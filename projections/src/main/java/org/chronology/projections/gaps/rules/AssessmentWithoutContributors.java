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
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * domain.md §c rule 19; motivated by Family T §5.14 fn19 and §5.16 (CAMHS, FNP and the Support Worker not involved in
 * the pre-birth child and family assessment) and Baby E §3.1.19.
 */
@Component
public class AssessmentWithoutContributors implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("ASSESSMENT_WITHOUT_CONTRIBUTORS", Category.INFORMATION_SHARING,
            "A multi-agency assessment of the child (child and family, pre-birth, core, initial or early help; an "
                + "assessment of no stated kind by children's social care) is completed without a contribution from "
                + "a partner agency that was active for the child or household in the W before the completion. A "
                + "partner contributed when the assessment lists it among its contributors, or while the assessment "
                + "ran (from its start, or W before its completion when no start is recorded) the partner sent the "
                + "assessing or lead agency information, a referral or a concern shared with them, was asked for "
                + "information or checked, or met them at a meeting both are recorded at. One finding per "
                + "assessment, naming each partner left out with its latest entries.",
            "assessment.started and assessment.completed with details.kind and details.contributors (agency codes); "
                + "every agency's entries for the child and household with their dates; info.shared (details.from, "
                + "details.to), referral.made (details.referredTo), concern.recorded (details.sharedWith), "
                + "info.requested (details.to), checks.completed (details.agenciesChecked) and meetings with "
                + "details.invited or details.attended; agency sectors.",
            List.of(new Parameter("W", "90d", "how far before the completion a partner's involvement makes it active")));

    private static final Set<String> MULTI_AGENCY = Set.of("child_and_family", "pre_birth", "core", "initial",
            "early_help");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span window = parameters.span("W");
        List<Finding> findings = new ArrayList<>();
        Set<CaseEvent> matched = new HashSet<>();
        List<CaseEvent> candidates = file.events(Partners.MEETINGS_AND_EXCHANGES_AND_CHECKS);
        for (CaseEvent completed : file.own("assessment.completed")) {
            if (!multiAgency(file, completed)) {
                continue;
            }
            LocalDate day = completed.earliest();
            LocalDate from = window.before(day, file.calendar());
            CaseEvent started = start(file, completed, from, matched);
            LocalDate runFrom = started != null ? started.earliest() : from;
            Set<String> assessors = completed.agencies();
            Set<String> contributors = Partners.named(completed, "contributors");
            if (started != null) {
                contributors.addAll(Partners.named(started, "contributors"));
            }
            List<CaseEvent> exchanges = Partners.within(candidates, runFrom,
                    completed.latest());
            Map<String, List<CaseEvent>> missing = new LinkedHashMap<>();
            file.involvement(from, day).forEach((agency, events) -> {
                if (Partners.partner(file, agency) && !assessors.contains(agency) && !contributors.contains(agency)
                        && exchanges.stream().noneMatch(e -> contributes(file, e, agency, assessors))) {
                    missing.put(agency, events);
                }
            });
            if (missing.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(completed.eventId()));
            if (started != null) {
                evidence.add(started.eventId());
            }
            List<String> phrases = Partners.describe(missing, "in the " + window.describe() + " before", evidence);
            String kind = completed.text("kind");
            findings.add(Finding.of(this, Severity.MEDIUM, completed, missing.keySet(), evidence,
                    "The " + (kind == null ? "" : kind.replace('_', ' ') + " ") + "assessment completed on "
                            + completed.when() + " (" + completed.eventId() + ", " + completed.agency()
                            + ") had no contribution from " + Explanations.list(phrases, "or") + ": none is among its "
                            + "contributors" + (contributors.isEmpty() ? " (none recorded)" : " (" + String.join(", ",
                            contributors) + ")") + ", and none sent, was asked for or met to share information "
                            + Partners.between(runFrom, completed.latest()) + "."));
        }
        return findings;
    }

    private static boolean multiAgency(CaseFile file, CaseEvent assessment) {
        String kind = assessment.text("kind");
        return kind == null ? file.byLead(assessment) : MULTI_AGENCY.contains(kind);
    }

    /** The assessment's start: the latest unmatched assessment.started of the same kind and agency since {@code from}. */
    private static CaseEvent start(CaseFile file, CaseEvent completed, LocalDate from, Set<CaseEvent> matched) {
        CaseEvent start = null;
        for (CaseEvent event : file.own("assessment.started")) {
            if (event.earliest().isAfter(completed.earliest())) {
                break;
            }
            if (!matched.contains(event) && !event.latest().isBefore(from)
                    && Objects.equals(event.text("kind"), completed.text("kind"))
                    && event.agency().equals(completed.agency())) {
                start = event;
            }
        }
        if (start != null) {
            matched.add(start);
        }
        return start;
    }

    /** Whether {@code event} brings {@code agency}'s knowledge to the assessing agency or the lead agency. */
    private static boolean contributes(CaseFile file, CaseEvent event, String agency, Set<String> assessors) {
        if (event.is("info.shared", "referral.made", "escalation.raised", "conference.requested")) {
            Set<String> reached = Partners.recipients(event);
            reached.add(event.recordingAgency());
            return Partners.sentBy(event, agency)
                    && reached.stream().anyMatch(a -> assessors.contains(a) || file.isLead(a));
        }
        if (event.is("concern.recorded")) {
            return event.agency().equals(agency)
                    && Partners.anyNamed(event, a -> assessors.contains(a) || file.isLead(a), "sharedWith");
        }
        if (event.is("info.requested", "checks.completed")) {
            return Partners.anyNamed(event, agency::equals, "to", "agenciesChecked")
                    && event.agencies().stream().anyMatch(a -> assessors.contains(a) || file.isLead(a));
        }
        if (Partners.isMeeting(event)) {
            Set<String> present = Partners.present(event);
            return present.contains(agency) && present.stream().anyMatch(a -> assessors.contains(a) || file.isLead(a));
        }
        return false;
    }
}

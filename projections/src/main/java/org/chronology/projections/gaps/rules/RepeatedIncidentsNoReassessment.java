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
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** domain.md §c rule 35; motivated by Family T §5.26 and §5.32 (four debt-related altercations involving Father). */
@Component
public class RepeatedIncidentsNoReassessment implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("REPEATED_INCIDENTS_NO_REASSESSMENT", Category.RESPONSE_TO_HARM,
            "At least K police incidents or arrests in the household within W, with neither an assessment update "
                + "(assessment, strategy discussion, conference or new plan) nor a notice to the lead agency from the "
                + "first incident to N after the K-th. An assessment update answers only if it names the adult every "
                + "incident involves (any update does when they share none), and a notice only if it comes from an "
                + "agency that recorded one of the incidents or cites one: a notice about something else does not "
                + "tell the lead agency of the pattern. One finding per run of incidents, dated at the K-th, citing "
                + "them all. Read generously: incidents count together only when they certainly fall within W, a "
                + "response counts if it can have happened in time, and the rule decides once N has passed.",
            "Incidents (household entries): police.incident (any details.kind) and police.arrest. Responses: "
                + "assessment.started / assessment.completed (other than details.kind dash_risk), strategy.discussion "
                + "/ strategy.meeting, conference.initial / conference.review, cp_plan.started, cin_plan.started, "
                + "legal.planning_meeting; or a notice to the lead agency: info.shared / referral.made / "
                + "concern.recorded whose to, referredTo or sharedWith names children's social care or its front door "
                + "(details.eventIds naming the incidents it passes on). The adult an incident involves: the "
                + "envelope's adults or details.subjects; a response names him in its adults or children, or in "
                + "details.participants, subject(s), parentsAttended or parentsInformed.",
            List.of(new Parameter("K", "3", "incidents that call for a reassessment"),
                    new Parameter("W", "270d", "window in which the incidents fall"),
                    new Parameter("N", "10wd", "time after the K-th incident for the response (design)")));

    /** Assessment updates and the entries that can carry a notice to the lead agency. */
    private static final String[] RESPONSES = Stream.concat(Arrays.stream(RiskSignalsUnassessed.RESPONSES),
            Arrays.stream(Injuries.SENDING)).toArray(String[]::new);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        List<CaseEvent> incidents = file.events("police.incident", "police.arrest");
        List<Finding> findings = new ArrayList<>();
        for (Clusters.Run run : Clusters.unanswered(file, incidents, parameters.count("K"), parameters.span("W"),
                parameters.span("N"), asOf, RESPONSES, e -> RiskSignalsUnassessed.response(e)
                        || Injuries.sentTo(file, e, file::isLead), RepeatedIncidentsNoReassessment::answering)) {
            findings.add(Finding.of(this, Severity.MEDIUM, run.kth(), Injuries.agencies(run.signals()),
                    Injuries.ids(run.signals()), run.signals().size() + " police incidents or arrests in the "
                            + "household (" + Explanations.entries(run.signals()) + "), and no assessment update"
                            + RiskSignalsUnassessed.naming(run.signals()) + " nor notice passing them to children's "
                            + "social care is recorded between " + run.signals().get(0).when()
                            + " and " + run.deadline() + "."));
        }
        return findings;
    }

    /**
     * A notice to the lead agency answers when it passes the incidents on (from an agency that recorded one, or
     * citing one); an assessment update when it names the adult every incident involves.
     */
    private static Predicate<CaseEvent> answering(List<CaseEvent> incidents) {
        Predicate<CaseEvent> update = RiskSignalsUnassessed.namingTheirSubject(incidents);
        return response -> {
            if (RiskSignalsUnassessed.response(response)) {
                return update.test(response);
            }
            List<String> cited = response.strings("eventIds");
            return incidents.stream().anyMatch(i -> cited.contains(i.eventId())
                    || Partners.anySender(response, i.agencies()::contains));
        };
    }
}

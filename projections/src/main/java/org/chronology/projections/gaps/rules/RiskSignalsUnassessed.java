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
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** domain.md §c rule 37; motivated by Family T §5.17-5.18, §5.29-5.31 and §5.60 (signals never assessed). */
@Component
public class RiskSignalsUnassessed implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("RISK_SIGNALS_UNASSESSED", Category.RESPONSE_TO_HARM,
            "At least K substance-misuse signals, or K domestic-abuse / coercive-control signals, recorded for the "
                + "household within W, with no assessment, strategy discussion, conference or new plan from the first "
                + "signal to N after the K-th. When every signal of the run is about the same adult (a partner's "
                + "controlling behaviour, say), only a response that names that adult answers it: an assessment that "
                + "never names him cannot show the signals about him were weighed. Each theme is judged on its own; "
                + "one finding per run of signals, dated at the K-th, citing them all. Read generously: signals count "
                + "together only when they certainly fall within W, a response counts if it can have happened in "
                + "time, and the rule decides once N has passed. Whether a response that names him took the signals "
                + "into account needs a reviewer's judgement.",
            "Signals (household entries): concern.recorded with details.categories, or referral.made with "
                + "details.concerns, naming substance (substance theme) or da_coercive_control / "
                + "relationship_conflict (domestic-abuse theme); police.incident with details.kind drugs (substance) "
                + "or domestic_abuse, or a details.daRisk grade (domestic abuse). Responses: assessment.started / "
                + "assessment.completed (other than details.kind dash_risk), strategy.discussion / strategy.meeting, "
                + "conference.initial / conference.review, cp_plan.started, cin_plan.started, legal.planning_meeting. "
                + "The adult a signal is about: the envelope's adults, details.subject or details.subjects; a response "
                + "names him in its adults or children, or in details.participants, subject(s), parentsAttended or "
                + "parentsInformed.",
            List.of(new Parameter("K", "2", "signals of one theme that call for an assessment"),
                    new Parameter("W", "90d", "window in which the signals fall"),
                    new Parameter("N", "10wd", "time after the K-th signal for the response (design)")));

    private static final Set<String> SUBSTANCE = Set.of("substance");
    private static final Set<String> DOMESTIC_ABUSE = Set.of("da_coercive_control", "relationship_conflict");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int k = parameters.count("K");
        Span w = parameters.span("W");
        Span n = parameters.span("N");
        List<Finding> findings = new ArrayList<>();
        theme(file, asOf, k, w, n, "substance misuse", SUBSTANCE, "drugs", findings);
        theme(file, asOf, k, w, n, "domestic abuse or coercive control", DOMESTIC_ABUSE, "domestic_abuse", findings);
        return findings;
    }

    private void theme(CaseFile file, LocalDate asOf, int k, Span w, Span n, String name, Set<String> categories,
                       String incidentKind, List<Finding> findings) {
        List<CaseEvent> signals = file.events("concern.recorded", "referral.made", "police.incident").stream()
                .filter(e -> signal(e, categories, incidentKind)).toList();
        for (Clusters.Run run : Clusters.unanswered(file, signals, k, w, n, asOf, RESPONSES, RiskSignalsUnassessed::response,
                RiskSignalsUnassessed::namingTheirSubject)) {
            CaseEvent first = run.signals().get(0);
            findings.add(Finding.of(this, Severity.MEDIUM, run.kth(), Injuries.agencies(run.signals()),
                    Injuries.ids(run.signals()), run.signals().size() + " signals of " + name + " were recorded ("
                            + Explanations.entries(run.signals()) + "), and no assessment, strategy discussion, "
                            + "conference or new plan" + naming(run.signals()) + " is recorded between " + first.when()
                            + " and " + run.deadline() + "."));
        }
    }

    private static boolean signal(CaseEvent e, Set<String> categories, String incidentKind) {
        if (e.is("concern.recorded")) {
            return e.strings("categories").stream().anyMatch(categories::contains);
        }
        if (e.is("referral.made")) {
            return e.strings("concerns").stream().anyMatch(categories::contains);
        }
        return e.is("police.incident") && (incidentKind.equals(e.text("kind"))
                || ("domestic_abuse".equals(incidentKind) && e.stated("daRisk")));
    }

    /** " naming F1, whom every signal concerns", or nothing when the signals share no adult. */
    static String naming(List<CaseEvent> signals) {
        Set<String> adults = People.adultsOfAll(signals);
        return adults.isEmpty() ? "" : " naming " + String.join(" or ", adults) + ", whom every one concerns,";
    }

    /** Responses that name the adult every signal of the run is about; any response when there is none. */
    static Predicate<CaseEvent> namingTheirSubject(List<CaseEvent> signals) {
        Set<String> adults = People.adultsOfAll(signals);
        return response -> adults.isEmpty() || People.namesAny(response, adults);
    }

    private static final String[] ASSESSMENTS = {"assessment.started", "assessment.completed"};
    private static final String[] DECISIONS = {"strategy.discussion", "strategy.meeting", "conference.initial",
        "conference.review", "cp_plan.started", "cin_plan.started", "legal.planning_meeting"};

    /** The types of {@link #response}. */
    static final String[] RESPONSES = Stream.concat(Arrays.stream(ASSESSMENTS), Arrays.stream(DECISIONS))
            .toArray(String[]::new);

    /** An assessment (not a DASH risk assessment), strategy discussion, conference or new plan. */
    static boolean response(CaseEvent e) {
        return (e.is(ASSESSMENTS) && !"dash_risk".equals(e.text("kind"))) || e.is(DECISIONS);
    }
}

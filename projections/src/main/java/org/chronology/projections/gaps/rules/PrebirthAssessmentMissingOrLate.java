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
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain.md §c rule 16; motivated by Child BF BF4 (psychological assessments a month before the due date), Child O
 * §7.3.4, §7.7.3, Baby L §1.1 and Family T §5.8.
 */
@Component
public class PrebirthAssessmentMissingOrLate implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("PREBIRTH_ASSESSMENT_MISSING_OR_LATE", Category.TIMESCALE,
            "The lead agency knew of an unborn child (a referral to it, or an entry of its own, before the birth) and "
                + "no assessment of the lead agency was completed by gestation G (or by the birth, when the referral "
                + "came later); or a specialist assessment (psychological or parenting) of the parents started less "
                + "than S before the expected date of delivery. Read generously: the expected date is read as late as "
                + "its record allows, an assessment counts if it can have been completed by the deadline, and nothing "
                + "is found before the deadline has passed. Silent when neither a date of birth nor an expected date "
                + "is known. One finding per pregnancy for the missing assessment, at the referral, and one for a late "
                + "specialist assessment, at its start.",
            "The child's expected date of delivery (person.recorded expectedDelivery, details.edd, or "
                + "details.gestationWeeks on its pregnancy, referral or assessment entries) and date of birth "
                + "(person.recorded dateOfBirth or health.birth); referral.made with details.referredTo of sector "
                + "la.csc or la.frontdoor, and other lead-agency entries about the child; assessment.completed by a "
                + "lead agency; assessment.started with details.kind specialist_psychological or parenting.",
            List.of(new Parameter("G", "32", "weeks of gestation by which a pre-birth assessment is completed (design)"),
                new Parameter("S", "28d", "shortest time before the expected date for a specialist assessment to start")));

    private static final Set<String> SPECIALIST = Set.of("specialist_psychological", "parenting");
    private static final int TERM_WEEKS = 40;

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int gestation = parameters.count("G");
        Span leadTime = parameters.span("S");
        Optional<LocalDate> born = Births.born(file);
        Optional<LocalDate> expected = Births.expected(file);
        if (born.isEmpty() && expected.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        CaseEvent known = file.own().stream().filter(e -> (file.isReferralToLead(e) || Births.involves(file, e))
                && Births.beforeBirth(file, e, born, expected)).findFirst().orElse(null);
        if (known != null) {
            LocalDate byGestation = expected.map(d -> d.minusWeeks(TERM_WEEKS - gestation)).orElse(null);
            LocalDate deadline = byGestation != null && !known.earliest().isAfter(byGestation) ? byGestation
                    : born.orElse(expected.orElse(null));
            if (born.isPresent() && deadline.isAfter(born.get())) {
                deadline = born.get();
            }
            LocalDate due = deadline;
            boolean completed = file.own().stream().anyMatch(e -> e.is("assessment.completed") && file.byLead(e)
                    && !e.earliest().isAfter(due));
            if (!completed && asOf.isAfter(due)) {
                Optional<CaseEvent> later = file.own().stream().filter(e -> e.is("assessment.completed")
                        && file.byLead(e)).findFirst();
                List<String> evidence = new ArrayList<>(List.of(known.eventId()));
                later.ifPresent(e -> evidence.add(e.eventId()));
                String by = due.equals(byGestation) ? gestation + " weeks of gestation (" + due + ")"
                        : "the birth (" + due + ")";
                findings.add(Finding.of(this, Severity.HIGH, known, known.agencies(), evidence, "The lead agency "
                        + "knew of the unborn child from " + known.when() + " but completed no assessment between "
                        + known.when() + " and " + by + "; " + later.map(e -> "the first completed is dated "
                        + e.when()).orElse("none is recorded") + "."));
            }
        }
        if (expected.isPresent()) {
            LocalDate latestStart = leadTime.before(expected.get(), file.calendar());
            file.own().stream().filter(e -> e.is("assessment.started")
                    && SPECIALIST.contains(Referrals.code(e, "kind")) && e.earliest().isAfter(latestStart)
                    && Births.beforeBirth(file, e, born, expected)).findFirst()
                    .ifPresent(late -> findings.add(Finding.of(this, Severity.MEDIUM, late, late.agencies(),
                            List.of(late.eventId()), "The " + Referrals.code(late, "kind").replace('_', ' ')
                                    + " assessment started on " + late.when() + ", less than " + leadTime.describe()
                                    + " before the expected date of delivery (" + expected.get() + ")," + " too late "
                                    + "to inform the plan for the birth.")));
        }
        return findings;
    }
}

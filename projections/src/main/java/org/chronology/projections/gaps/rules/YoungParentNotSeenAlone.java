package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Household;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.RuleInfo;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.Span;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** domain.md §c rule 49; motivated by Child O §7.7.6-7.7.9 (a 15-year-old mother never seen alone). */
@Component
public class YoungParentNotSeenAlone implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("YOUNG_PARENT_NOT_SEEN_ALONE", Category.ENGAGEMENT,
            "The child is a parent, or pregnant, and under 18, and at least K home visits to them within W all "
                + "record that they were not seen alone, with none recording that they were. Visits that do not say "
                + "whether they were seen alone are not counted. One finding per run of such visits (a visit seeing "
                + "them alone, or a gap longer than W, ends it), pointing at the K-th. A relative acting as "
                + "go-between is not recorded as a fact, so it is left to the reader.",
            "The child's date of birth (person.recorded dateOfBirth) and its being a parent (relationship.recorded "
                + "mother or father of another person) or pregnant (health.pregnancy_confirmed details.subject); the "
                + "first entry about its baby; visit.home naming it, with details.seenAlone.",
            List.of(new Parameter("K", "2", "visits not seen alone that make a pattern (design)"),
                new Parameter("W", "90d", "window in which the visits fall")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        int threshold = parameters.count("K");
        Span window = parameters.span("W");
        LocalDate parentSince = parentSince(file);
        if (parentSince == null) {
            return List.of();
        }
        List<List<CaseEvent>> runs = new ArrayList<>();
        List<CaseEvent> run = new ArrayList<>();
        for (CaseEvent visit : file.own()) {
            Boolean alone = visit.flag("seenAlone");
            if (!visit.is("visit.home") || alone == null || visit.earliest().isBefore(parentSince)
                    || !Births.under18(file, file.childId(), visit.latest())) {
                continue;
            }
            boolean gap = !run.isEmpty()
                    && visit.latest().isAfter(window.after(run.get(run.size() - 1).earliest(), file.calendar()));
            if (alone || gap) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (!alone) {
                run.add(visit);
            }
        }
        runs.add(run);
        return runs.stream().filter(r -> r.size() >= threshold).map(r -> finding(r, threshold, window)).toList();
    }

    private Finding finding(List<CaseEvent> run, int threshold, Span window) {
        CaseEvent kth = run.get(threshold - 1);
        List<String> evidence = new ArrayList<>(List.of(kth.eventId()));
        Set<String> agencies = new LinkedHashSet<>();
        run.forEach(v -> {
            evidence.add(v.eventId());
            agencies.add(v.agency());
        });
        return Finding.of(this, Severity.MEDIUM, kth, agencies, evidence, "The young parent, under 18, was not seen "
                + "alone at any of " + run.size() + " home visits between " + run.get(0).when() + " and "
                + run.get(run.size() - 1).when() + " (" + Explanations.entries(run) + "; each within "
                + window.describe() + " of the one before).");
    }

    /** The first day the child is known to be a parent or pregnant; null when it is neither. */
    private static LocalDate parentSince(CaseFile file) {
        String child = file.childId();
        Set<String> babies = new LinkedHashSet<>();
        for (Household.Relationship r : file.household().relationships()) {
            if (r.person().equals(child) && (r.relationship().equals(Household.MOTHER)
                    || r.relationship().equals(Household.FATHER))) {
                babies.add(r.of());
            }
        }
        LocalDate since = null;
        // With no baby recorded, only her pregnancy can make her a parent.
        for (CaseEvent e : babies.isEmpty() ? file.events("health.pregnancy_confirmed") : file.events()) {
            boolean pregnant = e.is("health.pregnancy_confirmed") && child.equals(e.text("subject"));
            boolean baby = e.children().stream().anyMatch(babies::contains);
            if ((pregnant || baby) && (since == null || e.earliest().isBefore(since))) {
                since = e.earliest();
            }
        }
        return since;
    }
}

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
import java.util.List;
import java.util.Set;

/**
 * domain.md §c rule 43; motivated by Family T §5.39, §5.43-5.44 and Rec 2 (very little information passed between
 * Mother's social worker, she being a looked-after child, and the twins' social worker; her IRO had to ask).
 */
@Component
public class LacParentSwLiaisonMissing implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("LAC_PARENT_SW_LIAISON_MISSING", Category.INFORMATION_SHARING,
            "A parent of the child has a social worker of their own (a looked-after parent or care leaver) while the "
                + "child has another, and at a key event for the child (strategy discussion, section 47 enquiry, "
                + "conference, plan, legal planning, court application or order, placement, accommodation, birth or "
                + "discharge from hospital) the two workers exchanged nothing within N either side: no entry of the "
                + "parent's worker about the child, and no information shared or asked, meeting or looked-after "
                + "review of the child's worker about the parent. Key events that follow one another with no "
                + "exchange make one finding, at the first; fires once N has passed after it.",
            "relationship.recorded (mother, father) for the household; worker.allocated and worker.left with the "
                + "envelope's worker id and role (SOCIAL_WORKER) and details.forPerson; the key entries of the child; "
                + "entries by either worker (the envelope's worker id) with the children and adults they concern.",
            List.of(new Parameter("N", "5wd", "time either side of a key event within which the two workers exchange information")));

    private static final Set<String> KEY = Set.of("strategy.discussion", "strategy.meeting", "s47.started",
            "conference.initial", "conference.review", "cp_plan.started", "cin_plan.started", "legal.planning_meeting",
            "legal.plo_started", "court.application", "court.order", "placement.started", "child.accommodated",
            "health.birth", "hospital.discharge");
    private static final Set<String> EXCHANGE = Set.of("info.shared", "info.requested", "lac.review");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span within = parameters.span("N");
        Set<String> parents = file.household().parents(file.childId());
        List<Finding> findings = new ArrayList<>();
        if (parents.isEmpty()) {
            return findings;
        }
        List<CaseEvent> episode = new ArrayList<>();
        String parent = null;
        String parentWorker = null;
        String childWorker = null;
        for (CaseEvent key : file.own(KEY.toArray(String[]::new))) {
            if (!Timing.overdue(key, within, file.calendar(), asOf)) {
                continue;
            }
            String ownWorker = worker(file, key, file.childId());
            boolean judged = false;
            for (String p : parents) {
                String theirs = worker(file, key, p);
                if (ownWorker == null || theirs == null || ownWorker.equals(theirs)) {
                    continue;
                }
                judged = true;
                if (liaised(file, key, within, p, theirs, ownWorker)) {
                    continue;
                }
                if (episode.isEmpty()) {
                    parent = p;
                    parentWorker = theirs;
                    childWorker = ownWorker;
                }
                if (!episode.contains(key)) {
                    episode.add(key);
                }
            }
            if (judged && !episode.isEmpty() && !episode.contains(key)) {
                findings.add(finding(file, episode, parent, parentWorker, childWorker, within));
                episode = new ArrayList<>();
            }
        }
        if (!episode.isEmpty()) {
            findings.add(finding(file, episode, parent, parentWorker, childWorker, within));
        }
        return findings;
    }

    private Finding finding(CaseFile file, List<CaseEvent> episode, String parent, String parentWorker,
                            String childWorker, Span within) {
        CaseEvent first = episode.get(0);
        List<String> evidence = new ArrayList<>();
        episode.forEach(e -> evidence.add(e.eventId()));
        String sentence = "Nothing passed between " + parent + "'s social worker (" + parentWorker + ") and the "
                + "child's social worker (" + childWorker + ") within " + within.describe() + " of "
                + Partners.entry(first);
        if (episode.size() > 1) {
            sentence += ", nor of the " + (episode.size() - 1) + " key events that followed ("
                    + Explanations.entries(episode.subList(1, episode.size())) + ")";
        }
        return Finding.of(this, Severity.MEDIUM, first, first.agencies(), evidence, sentence + ".");
    }

    /**
     * The social worker (envelope worker id) allocated to {@code person} by the end of the key event's period and
     * not recorded as leaving before it; {@code null} when none is known.
     */
    private static String worker(CaseFile file, CaseEvent key, String person) {
        String current = null;
        for (CaseEvent event : file.events("worker.allocated", "worker.left")) {
            if (event.earliest().isAfter(key.latest())) {
                break;
            }
            if (event.latest().isAfter(key.latest()) || !file.byLead(event) || event.workerId() == null
                    || !Workers.roles(event).contains(Workers.SW) || !forPerson(event, person)) {
                continue;
            }
            if (event.is("worker.allocated")) {
                current = event.workerId();
            } else if (event.workerId().equals(current) && event.latest().isBefore(key.earliest())) {
                current = null;
            }
        }
        return current;
    }

    private static boolean forPerson(CaseEvent event, String person) {
        List<String> forPerson = event.texts("forPerson");
        return forPerson.isEmpty() ? event.children().contains(person) : forPerson.contains(person);
    }

    /** Whether the two workers exchanged anything about the other's person within N either side of the key event. */
    private static boolean liaised(CaseFile file, CaseEvent key, Span within, String parent, String parentWorker,
                                   String childWorker) {
        LocalDate from = within.before(key.earliest(), file.calendar());
        LocalDate to = Timing.deadline(key, within, file.calendar());
        Set<String> workers = new LinkedHashSet<>(List.of(parentWorker, childWorker));
        for (CaseEvent event : file.events()) {
            if (event.earliest().isAfter(to)) {
                break;
            }
            if (event.latest().isBefore(from) || event.workerId() == null || !workers.contains(event.workerId())) {
                continue;
            }
            if (event.workerId().equals(parentWorker) && event.concerns(file.childId())) {
                return true;
            }
            if (event.workerId().equals(childWorker) && event.concerns(parent)
                    && (EXCHANGE.contains(event.type()) || Partners.isMeeting(event))) {
                return true;
            }
        }
        return false;
    }
}

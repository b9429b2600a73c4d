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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** domain.md §c rule 7; motivated by Family T §5.1, §5.42, §7.2 (the twins' third social worker in three months). */
@Component
public class SwTurnover implements GapRule {

    private static final RuleInfo INFO = new RuleInfo("SW_TURNOVER", Category.TURNOVER,
            "K or more distinct social workers held the child's case within W (changes = workers - 1), counting the "
                + "worker in post when the window opens. For a looked-after parent the count is the parent's own. A new "
                + "allocation ends the previous worker's tenure, a leaving ends it explicitly, and a worker known only "
                + "from leaving held the case until then; the same worker allocated again is no change. Windows use "
                + "each entry's nominal date (the start of its period); overlapping windows make one finding per "
                + "cluster of changes, dated at its first change.",
            "worker.allocated and worker.left entries with the envelope's worker (id and role code SOCIAL_WORKER; "
                + "details.role 'SW' or 'social worker' also reads as one) and, when the worker is another person's "
                + "(a looked-after parent's), details.forPerson naming that person. The worker id tells workers apart: "
                + "an allocation without one counts as a different worker.",
            List.of(new Parameter("W", "90d", "window in which the social workers are counted"),
                new Parameter("K", "3", "distinct social workers within W that make a finding")));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span window = parameters.span("W");
        int threshold = parameters.count("K");
        List<CaseEvent> changes = Workers.changes(file, Workers.SW);
        List<Tenure> tenures = tenures(changes);

        // Windows starting at each change; those reaching K are merged into maximal clusters.
        List<Finding> findings = new ArrayList<>();
        Cluster cluster = null;
        for (CaseEvent start : changes) {
            LocalDate from = start.date();
            LocalDate to = window.after(from, file.calendar());
            if (distinctWorkers(tenures, from, to).size() < threshold) {
                continue;
            }
            LocalDate last = lastChange(changes, from, to);
            if (cluster != null && !from.isAfter(cluster.windowEnd)) {
                cluster.windowEnd = to;
                if (last.isAfter(cluster.last)) {
                    cluster.last = last;
                }
            } else {
                if (cluster != null) {
                    findings.add(finding(cluster, tenures, changes, window, threshold));
                }
                cluster = new Cluster(start, to, last);
            }
        }
        if (cluster != null) {
            findings.add(finding(cluster, tenures, changes, window, threshold));
        }
        return findings;
    }

    private Finding finding(Cluster cluster, List<Tenure> tenures, List<CaseEvent> changes, Span window,
                            int threshold) {
        LocalDate from = cluster.trigger.date();
        Set<String> workers = distinctWorkers(tenures, from, cluster.last);
        List<CaseEvent> evidence = new ArrayList<>();
        evidence.add(cluster.trigger);
        for (Tenure tenure : tenures) {
            if (tenure.intersects(from, cluster.last)) {
                if (tenure.allocation != null) {
                    evidence.add(tenure.allocation);
                }
                if (tenure.leaving != null && !tenure.leaving.date().isAfter(cluster.last)) {
                    evidence.add(tenure.leaving);
                }
            }
        }
        List<CaseEvent> ordered = new ArrayList<>(List.of(cluster.trigger));
        changes.stream().filter(evidence::contains).filter(e -> e != cluster.trigger).forEach(ordered::add);
        Set<String> agencies = new LinkedHashSet<>();
        ordered.forEach(e -> agencies.add(e.agency()));
        long days = ChronoUnit.DAYS.between(from, cluster.last);
        CaseEvent lastEvent = ordered.stream().filter(e -> e.date().equals(cluster.last)).reduce((a, b) -> b)
                .orElse(ordered.get(ordered.size() - 1));
        int changed = workers.size() - 1;
        String explanation = workers.size() + " social workers "
                + (days == 0 ? "on " + cluster.trigger.when() : "in " + days + (days == 1 ? " day" : " days"))
                + " (" + changed + (changed == 1 ? " change" : " changes") + ")"
                + (days == 0 ? "" : " between " + cluster.trigger.when() + " and " + lastEvent.when())
                + ", recorded by " + String.join(", ", agencies) + " (a finding from " + threshold + " within "
                + window.describe() + ").";
        return Finding.of(this, Severity.MEDIUM, cluster.trigger, agencies,
                ordered.stream().map(CaseEvent::eventId).toList(), explanation);
    }

    /** The date of the last allocation or leaving in {@code [from, to]}. */
    private static LocalDate lastChange(List<CaseEvent> changes, LocalDate from, LocalDate to) {
        LocalDate last = from;
        for (CaseEvent change : changes) {
            if (!change.date().isBefore(from) && !change.date().isAfter(to) && change.date().isAfter(last)) {
                last = change.date();
            }
        }
        return last;
    }

    private static Set<String> distinctWorkers(List<Tenure> tenures, LocalDate from, LocalDate to) {
        Set<String> workers = new LinkedHashSet<>();
        tenures.stream().filter(t -> t.intersects(from, to)).forEach(t -> workers.add(t.worker));
        return workers;
    }

    /** Who held the case when: each allocation starts a tenure and ends the one before it. */
    private static List<Tenure> tenures(List<CaseEvent> changes) {
        List<Tenure> tenures = new ArrayList<>();
        Map<String, Tenure> lastOf = new LinkedHashMap<>();
        Tenure current = null;
        for (CaseEvent change : changes) {
            if (change.is("worker.allocated")) {
                String worker = change.workerId() != null ? change.workerId() : "entry:" + change.eventId();
                if (current != null && current.worker.equals(worker)) {
                    continue; // the same worker allocated again: no change
                }
                if (current != null) {
                    current.end = change.date();
                }
                current = new Tenure(worker, change.date(), change);
                tenures.add(current);
                lastOf.put(worker, current);
            } else {
                String worker = change.workerId() != null ? change.workerId()
                        : current != null ? current.worker : "entry:" + change.eventId();
                if (current != null && current.worker.equals(worker)) {
                    current.end = change.date();
                    current.leaving = change;
                    current = null;
                } else if (lastOf.containsKey(worker)) {
                    Tenure earlier = lastOf.get(worker);
                    if (earlier.end == null || earlier.end.isBefore(change.date())) {
                        earlier.end = change.date();
                    }
                    earlier.leaving = change;
                } else {
                    // Known only from leaving: held the case from an unrecorded date until then.
                    Tenure tenure = new Tenure(worker, null, null);
                    tenure.end = change.date();
                    tenure.leaving = change;
                    tenures.add(tenure);
                    lastOf.put(worker, tenure);
                }
            }
        }
        return tenures;
    }

    private static final class Tenure {
        final String worker;
        final LocalDate start;
        final CaseEvent allocation;
        LocalDate end;
        CaseEvent leaving;

        Tenure(String worker, LocalDate start, CaseEvent allocation) {
            this.worker = worker;
            this.start = start;
            this.allocation = allocation;
        }

        boolean intersects(LocalDate from, LocalDate to) {
            return (start == null || !start.isAfter(to)) && (end == null || !end.isBefore(from));
        }
    }

    private static final class Cluster {
        final CaseEvent trigger;
        LocalDate windowEnd;
        LocalDate last;

        Cluster(CaseEvent trigger, LocalDate windowEnd, LocalDate last) {
            this.trigger = trigger;
            this.windowEnd = windowEnd;
            this.last = last;
        }
    }
}

package org.chronology.projections.turnover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A child's allocation history for one worker role, worked out from its allocation and departure events in
 * date order, whatever order they arrived in. Allocating a new worker of the same role ends the previous one.
 */
public record Turnover(String childId, String role, List<Allocation> allocations, int distinctWorkers, int changes) {

    /**
     * One worker's spell with the child. {@code from}/{@code to} are the dates as recorded ({@code 2018-03} for
     * a month); {@code from} is {@code null} when only the departure was recorded, {@code to} while in post.
     */
    public record Allocation(String workerId, String from, String to, LocalDate start, LocalDate end) {
    }

    /** A recorded allocation or departure. */
    public record Change(String workerId, WorkerChange kind, String occurredAt, LocalDate earliest, LocalDate latest,
                         java.time.Instant recordedAt, long position) {
    }

    private static final Comparator<Change> CHRONOLOGICAL = Comparator.comparing(Change::earliest)
            .thenComparing(Change::recordedAt).thenComparingLong(Change::position);

    /** Turnover in {@code [from, to]} (either may be {@code null}: unbounded). */
    public static Turnover of(String childId, String role, List<Change> changes, LocalDate from, LocalDate to) {
        List<Allocation> all = allocations(changes);
        List<Allocation> inPeriod = all.stream().filter(a -> overlaps(a, from, to)).toList();
        Set<String> workers = new LinkedHashSet<>();
        inPeriod.forEach(a -> workers.add(a.workerId()));
        return new Turnover(childId, role, inPeriod, workers.size(), Math.max(0, workers.size() - 1));
    }

    static List<Allocation> allocations(List<Change> changes) {
        List<Allocation> done = new ArrayList<>();
        Change current = null;
        for (Change change : changes.stream().sorted(CHRONOLOGICAL).toList()) {
            if (change.kind() == WorkerChange.ALLOCATED) {
                if (current != null && current.workerId().equals(change.workerId())) {
                    continue;
                }
                if (current != null) {
                    done.add(spell(current, change));
                }
                current = change;
            } else if (current != null && current.workerId().equals(change.workerId())) {
                done.add(spell(current, change));
                current = null;
            } else if (done.stream().noneMatch(a -> a.workerId().equals(change.workerId()))) {
                // A departure of a worker whose allocation was never recorded: in post until then.
                done.add(new Allocation(change.workerId(), null, label(change), null, change.earliest()));
            }
        }
        if (current != null) {
            done.add(new Allocation(current.workerId(), label(current), null, current.earliest(), null));
        }
        return done;
    }

    private static Allocation spell(Change start, Change end) {
        return new Allocation(start.workerId(), label(start), label(end), start.earliest(), end.earliest());
    }

    private static String label(Change change) {
        return change.occurredAt() != null ? change.occurredAt() : change.earliest().toString();
    }

    private static boolean overlaps(Allocation a, LocalDate from, LocalDate to) {
        boolean startsInTime = to == null || a.start() == null || !a.start().isAfter(to);
        boolean endsInTime = from == null || a.end() == null || !a.end().isBefore(from);
        return startsInTime && endsInTime;
    }
}

package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Each agency's entries in a case file, for the question rules ask of every meeting, closure and assessment: which
 * agencies were active in a period, and by which entries. Answered by a binary search in each agency's entries
 * rather than a scan of the household's: the scans were over a quarter of judging a busy household.
 */
final class Involvement {

    /** An agency's entries in date order, with their places in the file: twice the index, plus one when acting. */
    private record Agency(String code, List<CaseEvent> entries, int[] places) {
    }

    /** One agency's entries in a period, and where it first appears in the file. */
    private record Active(String code, List<CaseEvent> entries, int firstPlace) {
    }

    private final List<Agency> agencies;

    /** {@code events} in date order; only agencies {@code counted} accepts are kept. */
    Involvement(List<CaseEvent> events, Predicate<String> counted) {
        Map<String, List<CaseEvent>> entries = new LinkedHashMap<>();
        Map<String, List<Integer>> places = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            add(entries, places, event.recordingAgency(), event, 2 * i, counted);
            if (event.actingAgency() != null && !event.actingAgency().equals(event.recordingAgency())) {
                add(entries, places, event.actingAgency(), event, 2 * i + 1, counted);
            }
        }
        List<Agency> found = new ArrayList<>();
        entries.forEach((code, list) -> found.add(new Agency(code, List.copyOf(list),
                places.get(code).stream().mapToInt(Integer::intValue).toArray())));
        this.agencies = List.copyOf(found);
    }

    private static void add(Map<String, List<CaseEvent>> entries, Map<String, List<Integer>> places, String agency,
                            CaseEvent event, int place, Predicate<String> counted) {
        if (counted.test(agency)) {
            entries.computeIfAbsent(agency, a -> new ArrayList<>()).add(event);
            places.computeIfAbsent(agency, a -> new ArrayList<>()).add(place);
        }
    }

    /**
     * The agencies with entries dated in {@code [from, to)}, in order of first appearance there (the recording agency
     * of an entry before its acting agency), each with those entries (unmodifiable).
     */
    Map<String, List<CaseEvent>> between(LocalDate from, LocalDate to) {
        List<Active> active = new ArrayList<>();
        for (Agency agency : agencies) {
            int start = firstOnOrAfter(agency.entries(), from);
            int end = firstOnOrAfter(agency.entries(), to);
            if (start < end) {
                active.add(new Active(agency.code(), agency.entries().subList(start, end), agency.places()[start]));
            }
        }
        active.sort(Comparator.comparingInt(Active::firstPlace));
        Map<String, List<CaseEvent>> found = new LinkedHashMap<>();
        active.forEach(a -> found.put(a.code(), a.entries()));
        return found;
    }

    /** The index of the first of {@code sorted} (in date order) dated on or after {@code day}. */
    static int firstOnOrAfter(List<CaseEvent> sorted, LocalDate day) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle).earliest().isBefore(day)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Who an entry names: the envelope's children and adults, and the person fields of its details. */
final class People {

    /** Details fields that hold person ids. */
    private static final List<String> PERSON_FIELDS = List.of("participants", "subject", "subjects",
            "parentsAttended", "parentsInformed", "parties");

    private People() {
    }

    /** Whether the entry names {@code person} in its envelope or in a person field of its details. */
    static boolean named(CaseEvent e, String person) {
        if (e.concerns(person)) {
            return true;
        }
        for (String field : PERSON_FIELDS) {
            if (e.texts(field).contains(person)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the entry names any of {@code people}. */
    static boolean namesAny(CaseEvent e, Set<String> people) {
        for (String person : people) {
            if (named(e, person)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The adults every one of the entries is about (envelope adults, details subject or subjects): the person a
     * run of signals concerns, such as the man in each of three incidents. Empty when they share none.
     */
    static Set<String> adultsOfAll(List<CaseEvent> entries) {
        Set<String> common = null;
        for (CaseEvent e : entries) {
            Set<String> adults = new LinkedHashSet<>(e.adults());
            adults.addAll(e.texts("subject"));
            adults.addAll(e.texts("subjects"));
            adults.removeAll(e.children());
            if (common == null) {
                common = adults;
            } else {
                common.retainAll(adults);
            }
        }
        return common == null ? Set.of() : common;
    }
}

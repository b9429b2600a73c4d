package org.chronology.api.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * What a caller may see of a child's record: the whole of it, a reviewer's review (its children and period),
 * or an agency's own knowledge (what it recorded and what reached it).
 *
 * @param knownTo the agency whose knowledge bounds the view; {@code null} for the whole record
 */
public record Reading(Scope scope, LocalDate from, LocalDate to, String knownTo, Set<String> children) {

    public enum Scope {
        FULL, REVIEW, OWN;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Reading full() {
        return new Reading(Scope.FULL, null, null, null, null);
    }

    /** The whole record, of entries that name no child or one of {@code children}. */
    static Reading fullFor(Set<String> children) {
        return new Reading(Scope.FULL, null, null, null, Set.copyOf(children));
    }

    static Reading review(Caller.Review review) {
        return new Reading(Scope.REVIEW, review.from(), review.to(), null, review.children());
    }

    static Reading ownKnowledge(String agency) {
        return new Reading(Scope.OWN, null, null, agency, null);
    }

    /** {@code requested} narrowed to this reading's period. */
    public LocalDate clampFrom(LocalDate requested) {
        return from == null || (requested != null && requested.isAfter(from)) ? requested : from;
    }

    public LocalDate clampTo(LocalDate requested) {
        return to == null || (requested != null && requested.isBefore(to)) ? requested : to;
    }

    /** Whether a period from {@code start} to {@code end} overlaps this reading's period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    /** Whether an entry naming {@code entryChildren} is shown: one naming no child, or one of this reading's. */
    public boolean showsEntryOf(Collection<String> entryChildren) {
        return children == null || entryChildren.isEmpty() || entryChildren.stream().anyMatch(children::contains);
    }

    /** Children other than these are not named to a reviewer; {@code null}: no such limit. */
    public boolean showsChild(String childId) {
        return children == null || children.contains(childId);
    }
}

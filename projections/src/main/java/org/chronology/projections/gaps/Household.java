package org.chronology.projections.gaps;

import org.chronology.core.api.event.EventType;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The household as the case file records it: its people, their dates of birth or expected dates of delivery
 * ({@code person.recorded}) and how they are related ({@code relationship.recorded}: "person is relationship
 * of of"). Relationships are read as recorded, with two readings added: sibling and half-sibling hold both ways,
 * and children with a recorded mother or father in common are siblings. Nothing else is inferred.
 * <p>
 * The case file already leaves retracted entries out and holds corrected ones as corrected; when several
 * entries give the same person's date, the one recorded last is taken, as the latest statement of it.
 * <p>
 * Sex is not recorded: father, step-parent and partner of a parent are the kinds of relationship that stand for
 * "father or male carer" (see {@link #fathersAndMaleCarers}).
 */
public final class Household {

    public static final String PERSON_RECORDED = EventType.PERSON_RECORDED.code();
    public static final String RELATIONSHIP_RECORDED = EventType.RELATIONSHIP_RECORDED.code();

    public static final String MOTHER = "mother";
    public static final String FATHER = "father";
    public static final String STEP_PARENT = "step_parent";
    public static final String PARTNER_OF_PARENT = "partner_of_parent";
    public static final String SIBLING = "sibling";
    public static final String HALF_SIBLING = "half_sibling";
    public static final String GRANDPARENT = "grandparent";
    public static final String CARER = "carer";
    public static final String FOSTER_CARER = "foster_carer";
    public static final String OTHER_RELATIVE = "other_relative";

    /** The relationships that hold both ways: A sibling of B is B sibling of A. */
    private static final Set<String> SYMMETRIC = Set.of(SIBLING, HALF_SIBLING);

    private static final Comparator<CaseEvent> BY_RECORDING = Comparator.comparing(CaseEvent::recordedAt)
            .thenComparingLong(CaseEvent::order);

    /** One recorded relationship: {@code person} is {@code relationship} of {@code of}. */
    public record Relationship(String person, String relationship, String of) {
    }

    private final Set<String> people = new LinkedHashSet<>();
    private final Map<String, LocalDate> datesOfBirth = new HashMap<>();
    private final Map<String, LocalDate> expectedDeliveries = new HashMap<>();
    private final Set<Relationship> relationships = new LinkedHashSet<>();

    /** Reads the household from a case file's entries (any order); entries of other types only name people. */
    public Household(List<CaseEvent> events) {
        List<CaseEvent> byRecording = new ArrayList<>(events);
        byRecording.sort(BY_RECORDING);
        for (CaseEvent event : byRecording) {
            people.addAll(event.children());
            people.addAll(event.adults());
            if (event.is(PERSON_RECORDED)) {
                readPerson(event);
            } else if (event.is(RELATIONSHIP_RECORDED)) {
                readRelationship(event);
            }
        }
    }

    /** Everyone the file's entries name, in envelopes or as the people of a relationship. */
    public Set<String> people() {
        return Collections.unmodifiableSet(people);
    }

    /** The relationships as recorded, in the order they were recorded. */
    public Set<Relationship> relationships() {
        return Collections.unmodifiableSet(relationships);
    }

    /** The date of birth last recorded; a month or a year alone stands for its first day. */
    public Optional<LocalDate> dateOfBirth(String personId) {
        return Optional.ofNullable(datesOfBirth.get(personId));
    }

    /** The expected date of delivery of an unborn child, as last recorded. */
    public Optional<LocalDate> expectedDelivery(String personId) {
        return Optional.ofNullable(expectedDeliveries.get(personId));
    }

    /** Whole years of age on {@code date}; empty when the date of birth is not known or is after {@code date}. */
    public Optional<Integer> ageInYearsOn(String personId, LocalDate date) {
        return dateOfBirth(personId).filter(born -> !born.isAfter(date))
                .map(born -> Period.between(born, date).getYears());
    }

    /**
     * The people who are one of {@code relationships} of {@code personId} (those who are "father" of the child);
     * sibling and half-sibling are read both ways. With no relationship given: everyone related to the person at
     * all, whichever way the relationship was recorded.
     */
    public Set<String> relatives(String personId, String... relationships) {
        Set<String> wanted = Set.of(relationships);
        Set<String> found = new LinkedHashSet<>();
        for (Relationship r : this.relationships) {
            boolean any = wanted.isEmpty();
            if (r.of().equals(personId) && (any || wanted.contains(r.relationship()))) {
                found.add(r.person());
            } else if (r.person().equals(personId)
                    && (any || (SYMMETRIC.contains(r.relationship()) && wanted.contains(r.relationship())))) {
                found.add(r.of());
            }
        }
        found.remove(personId);
        return found;
    }

    /** The child's recorded mother and father. */
    public Set<String> parents(String childId) {
        return relatives(childId, MOTHER, FATHER);
    }

    /**
     * The child's siblings: those recorded as its sibling or half-sibling, and the other children of its recorded
     * mother or father (a relationship recorded of one child of a family is enough for the others).
     */
    public Set<String> siblings(String childId) {
        Set<String> siblings = relatives(childId, SIBLING, HALF_SIBLING);
        Set<String> parents = parents(childId);
        for (Relationship r : relationships) {
            if (parents.contains(r.person()) && (r.relationship().equals(MOTHER) || r.relationship().equals(FATHER))) {
                siblings.add(r.of());
            }
        }
        siblings.remove(childId);
        return siblings;
    }

    /**
     * The child's father or male carers. Sex is not recorded, so the kinds of relationship stand for it: the
     * child's father, step-parent or partner of a parent, and anyone recorded as partner of a parent of the
     * child's mother, read as her partner (the mother being the parent). Her own father or step-parent is the
     * child's grandparent, not a carer, and is not counted.
     */
    public Set<String> fathersAndMaleCarers(String childId) {
        Set<String> men = relatives(childId, FATHER, STEP_PARENT, PARTNER_OF_PARENT);
        for (String mother : relatives(childId, MOTHER)) {
            men.addAll(relatives(mother, PARTNER_OF_PARENT));
        }
        men.remove(childId);
        return men;
    }

    private void readPerson(CaseEvent event) {
        Set<String> named = new LinkedHashSet<>(event.children());
        named.addAll(event.adults());
        if (named.size() != 1) {
            return; // a particulars entry names exactly one person; any other is not read as anyone's
        }
        String person = named.iterator().next();
        date(event.text("dateOfBirth")).ifPresent(d -> datesOfBirth.put(person, d));
        date(event.text("expectedDelivery")).ifPresent(d -> expectedDeliveries.put(person, d));
    }

    private void readRelationship(CaseEvent event) {
        String person = event.text("person");
        String relationship = event.text("relationship");
        String of = event.text("of");
        if (person != null && relationship != null && of != null && !person.equals(of)) {
            relationships.add(new Relationship(person, relationship, of));
            people.add(person);
            people.add(of);
        }
    }

    /** A vocabulary date: a day, or a month or year read as its first day. */
    private static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 1, 1);
                case 7 -> YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty(); // the vocabulary keeps unreadable dates out of the field; this is a safeguard
        }
    }

    @Override
    public String toString() {
        return "Household" + people + relationships;
    }
}

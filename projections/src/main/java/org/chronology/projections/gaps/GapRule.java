package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.List;

/**
 * One machine-checkable gap pattern of domain.md §c: a pure function from a child's case file and an as-of
 * date to findings. Only events dated by {@code asOf} exist for the rule; what was recorded by then is the case
 * file's to say ({@link CaseFiles#caseFile(String, java.time.Instant)}: only entries, corrections and retractions
 * recorded by an instant). A "nothing followed within N" rule fires only once N has passed by {@code asOf},
 * reading imprecise dates most generously.
 */
public interface GapRule {

    RuleInfo info();

    List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters);

    /** The rule's name in domain.md §c, e.g. {@code STRAT_AGENCY_NOT_INVITED}. */
    default String name() {
        return info().name();
    }

    default Category category() {
        return info().category();
    }

    default List<Parameter> parameters() {
        return info().parameters();
    }
}

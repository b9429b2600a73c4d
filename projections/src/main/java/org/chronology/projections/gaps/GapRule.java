package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.List;

/**
 * One machine-checkable gap pattern of domain.md §c: a pure function from a child's case file and an as-of
 * date to findings. Only events recorded and dated by {@code asOf} exist for the rule; a "nothing followed
 * within N" rule fires only once N has passed by {@code asOf}, reading imprecise dates most generously.
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

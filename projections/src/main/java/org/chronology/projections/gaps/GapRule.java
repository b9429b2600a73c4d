package org.chronology.projections.gaps;

import java.time.LocalDate;
import java.util.List;

/**
 * One machine-checkable gap pattern of domain.md §c: a pure function from a child's case file and an as-of
 * date to findings. Only events recorded and dated by {@code asOf} exist for the rule; a "nothing followed
 * within N" rule fires only once N has passed by {@code asOf}, reading imprecise dates most generously.
 */
public interface GapRule {

    /** The rule's name in domain.md §c, e.g. {@code STRAT_AGENCY_NOT_INVITED}. */
    String name();

    Category category();

    /** What the rule checks, and which recorded facts it relies on. */
    String description();

    List<Parameter> parameters();

    List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters);
}

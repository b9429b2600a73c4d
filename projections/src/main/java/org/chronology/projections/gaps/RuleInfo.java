package org.chronology.projections.gaps;

import java.util.List;

/**
 * What a gap rule is, in one record: its name in domain.md §c, its category, what it checks, the recorded facts
 * it needs (so an agency knows what to record for it), and its parameters with their defaults.
 */
public record RuleInfo(String name, Category category, String description, String facts, List<Parameter> parameters) {

    public RuleInfo {
        parameters = List.copyOf(parameters);
    }
}

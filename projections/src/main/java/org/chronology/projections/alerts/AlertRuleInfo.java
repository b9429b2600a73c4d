package org.chronology.projections.alerts;

import org.chronology.projections.gaps.Parameter;

import java.util.List;

/** What an alert rule is: its name, what it alerts on, the recorded facts it reads, and its parameters. */
public record AlertRuleInfo(String name, String description, String facts, List<Parameter> parameters) {

    public AlertRuleInfo {
        parameters = List.copyOf(parameters);
    }
}

package org.chronology.projections.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A rule's parameter values: its defaults, overridden by configuration. */
public final class Parameters {

    private final String rule;
    private final Map<String, String> values;

    public Parameters(String rule, List<Parameter> declared, Map<String, String> overrides) {
        this.rule = rule;
        this.values = new HashMap<>();
        declared.forEach(p -> values.put(p.name(), p.defaultValue()));
        overrides.forEach((name, value) -> {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException(rule + " has no parameter " + name);
            }
            values.put(name, value);
        });
        // Parse eagerly so that a bad configured value stops start-up, not a later read.
        declared.forEach(p -> {
            String value = values.get(p.name());
            if (value.chars().allMatch(Character::isDigit)) {
                count(p.name());
            } else {
                span(p.name());
            }
        });
    }

    public static Parameters defaults(GapRule rule) {
        return new Parameters(rule.name(), rule.parameters(), Map.of());
    }

    public Span span(String name) {
        return Span.parse(value(name));
    }

    public int count(String name) {
        try {
            return Integer.parseInt(value(name));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule + "." + name + " must be a whole number, not " + value(name));
        }
    }

    public String value(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(rule + " has no parameter " + name);
        }
        return value;
    }

    public Map<String, String> asMap() {
        return Map.copyOf(values);
    }
}

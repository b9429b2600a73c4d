package org.chronology.client.api;

import java.util.List;

/** A gap rule with its parameters: defaults and the values in force. */
public record Rule(String name, String category, String description, List<Parameter> parameters) {

    public record Parameter(String name, String defaultValue, String value, String description) {
    }
}

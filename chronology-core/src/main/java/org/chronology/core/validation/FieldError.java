package org.chronology.core.validation;

/** One problem with one field of a request, named by its JSON path ({@code events[2].details.invited[0]}). */
public record FieldError(String field, String message) {
}

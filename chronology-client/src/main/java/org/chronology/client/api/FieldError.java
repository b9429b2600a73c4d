package org.chronology.client.api;

/** One thing wrong with a request, named by its field ({@code children[0]}, {@code details.invited}). */
public record FieldError(String field, String message) {

    @Override
    public String toString() {
        return field == null || field.isEmpty() ? message : field + ": " + message;
    }
}

package org.chronology.client.api;

import java.util.List;

/** An RFC 9457 problem as the service answers it, with the field errors of a validation failure. */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One line for people: the detail, or the title when there is none, then each field error. */
    public String describe() {
        String head = detail != null && !detail.isBlank() ? detail : title;
        if (errors.isEmpty()) {
            return head;
        }
        return String.join("; ", errors.stream().map(FieldError::toString).toList());
    }
}

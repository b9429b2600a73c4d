package org.chronology.core.validation;

import org.chronology.core.api.command.EntryCommand;

import java.util.List;

/** A submitted envelope either becomes a command, perhaps with warnings, or is refused with its field errors. */
public sealed interface ParseResult {

    /** @return the event id as submitted, when it could be read, so batch results can name it */
    String eventId();

    /** @param warnings what in {@code details} was read otherwise than given, or not read (and kept as given) */
    record Valid(EntryCommand command, List<FieldError> warnings) implements ParseResult {

        public Valid {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String eventId() {
            return command.envelope().eventId();
        }
    }

    record Invalid(String eventId, List<FieldError> errors) implements ParseResult {
    }
}

package org.chronology.core.validation;

import org.chronology.core.api.command.EntryCommand;

import java.util.List;

/** A submitted envelope either becomes a command or is refused with its field errors. */
public sealed interface ParseResult {

    /** @return the event id as submitted, when it could be read, so batch results can name it */
    String eventId();

    record Valid(EntryCommand command) implements ParseResult {
        @Override
        public String eventId() {
            return command.envelope().eventId();
        }
    }

    record Invalid(String eventId, List<FieldError> errors) implements ParseResult {
    }
}

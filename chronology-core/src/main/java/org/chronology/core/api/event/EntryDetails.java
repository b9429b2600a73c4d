package org.chronology.core.api.event;

import org.chronology.core.validation.FieldErrors;

import java.util.Map;

/**
 * The type-specific {@code details} of an entry: the fields gap rules read are typed, every other key is kept
 * as given in {@link #other()}.
 */
public interface EntryDetails {

    Map<String, Object> other();

    /** Checks what typing alone cannot (codes, non-empty lists); paths are relative to {@code details}. */
    default void validate(FieldErrors errors) {
    }
}

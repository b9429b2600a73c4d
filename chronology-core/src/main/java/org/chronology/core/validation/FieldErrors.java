package org.chronology.core.validation;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors; {@link #at(String)} gives a view whose paths are nested under a prefix. */
public final class FieldErrors {

    private final List<FieldError> errors;
    private final String prefix;

    public FieldErrors() {
        this(new ArrayList<>(), "");
    }

    private FieldErrors(List<FieldError> errors, String prefix) {
        this.errors = errors;
        this.prefix = prefix;
    }

    public FieldErrors at(String path) {
        return new FieldErrors(errors, join(path));
    }

    public void add(String field, String message) {
        errors.add(new FieldError(join(field), message));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    private String join(String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }
}

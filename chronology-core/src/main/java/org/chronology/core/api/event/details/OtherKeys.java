package org.chronology.core.api.event.details;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps the untyped keys of {@code details} in their given order; values may be {@code null}. */
final class OtherKeys {

    private OtherKeys() {
    }

    static Map<String, Object> copy(Map<String, Object> other) {
        return other == null || other.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }
}

package org.chronology.client.api;

import java.util.List;

/** An event type of the catalogue and the typed {@code details} keys the service reads for it. */
public record EventTypeInfo(String type, List<String> typedDetails) {
}

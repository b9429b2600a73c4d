package org.chronology.client.api;

import java.util.List;

/** The answer to a batch: counts, and a result per event in request order. */
public record BatchResult(int recorded, int duplicates, int rejected, List<ItemResult> results) {
}

package org.chronology.api.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Limits on what one request may submit. */
@ConfigurationProperties("chronology.ingest")
public record IngestProperties(int maxEventBytes, int maxBatchBytes, int maxBatchEvents) {
}

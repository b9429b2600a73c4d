/** Recording events: validation, the writer's batches and their journal. */
package org.chronology.api.ingest;

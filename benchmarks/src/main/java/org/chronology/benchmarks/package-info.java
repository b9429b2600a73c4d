/** Benchmarks that print figures: ingest, freshness, reads, replay, judging, memory. */
package org.chronology.benchmarks;

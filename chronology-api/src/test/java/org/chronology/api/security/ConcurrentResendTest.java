package org.chronology.api.security;

import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency system retrying in parallel: the same event sent many times at once is stored exactly once. */
class ConcurrentResendTest extends ServiceTest {

    @Test
    void theSameEventSentConcurrentlyIsStoredOnce() throws Exception {
        registerAgencies(Map.of("CC-AG", "la.csc"));
        ApiClient agency = asAgency("CC-AG");
        var envelope = Envelope.of("CC-1", "visit.home", "CC-AG", "2019-05-01", "CC-Child", "Visit");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                sends.add(i % 2 == 0 ? () -> agency.post("/api/v1/events", envelope).status()
                        : () -> agency.post("/api/v1/events/batch", Map.of("events", List.of(envelope))).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
            assertThat(statuses).allMatch(s -> s == 200 || s == 201);
            assertThat(statuses).filteredOn(s -> s == 201).hasSizeLessThanOrEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'CC-AG:CC-1'",
                Integer.class)).isEqualTo(1);
    }
}

package org.chronology.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness works and its figures are sane; the targets are judged by the full mode, not here. */
class QuickBenchmarkIT {

    @Test
    void theQuickModeProducesSaneFigures() throws Exception {
        Benchmark.Results r = Benchmark.run(Benchmark.Settings.of("quick", Path.of(System.getProperty("chronology.jar")),
                Path.of(System.getProperty("benchmark.output"))));

        assertThat(r.events()).isEqualTo(20_000);
        assertThat(r.ingestPerSecond()).isPositive();
        assertThat(r.rawJdbcPerSecond()).isGreaterThan(r.ingestPerSecond() / 10);
        assertThat(r.ratio()).isBetween(0.0, 10.0);
        assertThat(r.ingestAtStored()).containsKey(10_000);
        assertThat(r.ingestByStored()).extracting(Benchmark.Stage::stored).containsExactly(10_000, 20_000);
        assertThat(r.ingestByStored()).allSatisfy(stage -> {
            assertThat(stage.eventsPerSecond()).isPositive();
            assertThat(stage.cpuMsPerEvent()).isPositive();
        });
        assertThat(r.ingestAfterRestart().stored()).isEqualTo(30_000);
        assertThat(r.ingestAfterRestart().eventsPerSecond()).isPositive();
        assertThat(r.freshnessMs().p50()).isPositive();
        assertThat(r.bulkFreshnessMs().p50()).isPositive();
        assertThat(r.readMs()).containsKeys("timeline ~10 events", "timeline ~100 events", "timeline ~1000 events",
                "gaps ~100 events");
        assertThat(r.readWhileRefreshingMs()).containsOnlyKeys(r.readMs().keySet());
        assertThat(r.findingsUpToDateSeconds()).isPositive();
        assertThat(r.judging().rules()).isGreaterThanOrEqualTo(22);
        assertThat(r.judging().millis().p99()).isPositive();
        assertThat(r.replayPerSecond()).isPositive();
        // Work of some kind per event, yet less than a second of CPU each.
        assertThat(r.ingestCpuMsPerEvent()).isBetween(0.001, 1000.0);
        assertThat(r.replayCpuMsPerEvent()).isBetween(0.001, 1000.0);
        assertThat(r.peakHeapMiB()).isPositive();
        assertThat(r.alerts().probes()).as("alerts timed while ingesting").isPositive();
        assertThat(r.alerts().latencyMs().p50()).isPositive();
        assertThat(r.alerts().perSecond()).isPositive();
        assertThat(Path.of(System.getProperty("benchmark.output"), "benchmark-quick.json")).exists();
    }
}

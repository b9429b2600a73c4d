package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.chronology.harness.files.TemporaryDirectory;
import org.chronology.harness.service.ServiceProcess;
import org.chronology.postgres.PrivateCluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Starts the packaged service in its own process, on the embedded default or (with {@code --postgres}) on its
 * postgres profile against a private PostgreSQL server, drives it over HTTP with a generated partnership, and
 * reports ingest against the raw JDBC limit of the same database, freshness, read latency, replay and memory.
 * <pre>java -jar benchmarks/target/chronology-benchmark.jar [--mode quick|full] [--postgres] [--children N] [--events N]</pre>
 */
public final class Benchmark {

    /** Events per posted batch, as an agency's case system would send them. */
    private static final int BATCH = 1000;
    /** The first stage of a load: the rate "at 10k stored". */
    private static final int FIRST_STAGE = 10_000;

    /** How big a run is. */
    public record Settings(String mode, int children, int events, int concurrency, int reads, long seed, Path jar,
                           Path output, boolean postgres) {

        public static Settings of(String mode, Path jar, Path output) {
            return mode.equals("full")
                    ? new Settings(mode, 10_000, 1_000_000, 4, 500, 42, jar, output, false)
                    : new Settings(mode, 300, 20_000, 2, 50, 42, jar, output, false);
        }

        String database() {
            return postgres ? "postgres" : "h2";
        }

        /** Names the run's files: {@code quick}, or {@code quick-postgres}. */
        String label() {
            return postgres ? mode + "-postgres" : mode;
        }
    }

    public record Latency(double p50, double p99) {
    }

    /**
     * Ingest between the previous stage and {@code stored} events: the rate, and the service's CPU per event (the
     * timeline projection's and the JIT compiler's included, so what lags or warms up shows too).
     */
    public record Stage(int stored, double eventsPerSecond, double cpuMsPerEvent) {
    }

    /** Everything measured, as written to the JSON file. */
    public record Results(String mode, String database, int events, int children, int concurrency, double ingestPerSecond,
                          double rawJdbcPerSecond, double ratio, Map<Integer, Double> ingestAtStored,
                          List<Stage> ingestByStored, Stage ingestAfterRestart,
                          Latency freshnessMs, Latency bulkFreshnessMs, Map<String, Latency> readWhileRefreshingMs,
                          double findingsUpToDateSeconds, Map<String, Latency> readMs, double replaySeconds,
                          double replayPerSecond, double ingestCpuMsPerEvent, double replayCpuMsPerEvent,
                          long peakHeapMiB, long peakResidentMiB, JudgingBenchmark.Judging judging,
                          AlertLatency.Alerts alerts) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = "quick";
        Path jar = Path.of("chronology-api/target/chronology.jar");
        Path output = Path.of("benchmarks/target");
        Integer children = null;
        Integer events = null;
        boolean postgres = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--postgres" -> postgres = true;
                case "--mode" -> mode = args[++i];
                case "--jar" -> jar = Path.of(args[++i]);
                case "--out" -> output = Path.of(args[++i]);
                case "--children" -> children = Integer.parseInt(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Settings s = Settings.of(mode, jar, output);
        s = new Settings(s.mode(), children != null ? children : s.children(), events != null ? events : s.events(),
                s.concurrency(), s.reads(), s.seed(), s.jar(), s.output(), postgres);
        run(s);
    }

    public static Results run(Settings settings) throws Exception {
        Files.createDirectories(settings.output());
        try (TemporaryDirectory work = TemporaryDirectory.create("chronology-benchmark")) {
            return run(settings, work.path());
        }
    }

    private static Results run(Settings settings, Path work) throws Exception {
        // Judged in-process before the service starts, so nothing else competes for the cores.
        boolean full = settings.mode().equals("full");
        JudgingBenchmark.Judging judging = JudgingBenchmark.measure(full ? JudgingBenchmark.WARM_UPS : 50,
                full ? 1_000 : 200);
        DataGenerator.Generated data = DataGenerator.generate(settings.children(), settings.events(), settings.seed(), BATCH);
        System.out.printf("Generated %,d events for %,d children in %,d batches%n", data.total(), settings.children(),
                data.batches().size());
        try (PrivateCluster postgres = settings.postgres() ? PrivateCluster.start() : null) {
            double raw = postgres != null
                    ? RawJdbcBaseline.measure(data, postgres.jdbcUrl() + "?reWriteBatchedInserts=true", PrivateCluster.USER)
                    : RawJdbcBaseline.measure(data, work);
            System.out.printf("Raw JDBC limit (%s): %,.0f events/s%n", settings.database(), raw);
            List<String> database = new ArrayList<>(AlertLatency.SERVICE_OPTIONS);
            if (postgres != null) {
                database.addAll(postgres.serviceArgs());
            }
            return measure(settings, data, raw, work, database, judging);
        }
    }

    private static Results measure(Settings settings, DataGenerator.Generated data, double raw, Path work,
                                   List<String> database, JudgingBenchmark.Judging judging) throws Exception {
        try (ServiceProcess service = ServiceLauncher.start(settings.jar(), work.resolve("service"), settings.output()
                .resolve("benchmark-service-" + settings.label() + ".log"), "1g", database);
             ServiceMetrics metrics = new ServiceMetrics(service.handle())) {
            Http http = new Http(service.port());
            String admin = ServiceLauncher.ADMIN_TOKEN;
            Map<String, String> tokens = new LinkedHashMap<>();
            DataGenerator.AGENCIES.forEach((code, sector) -> {
                http.put(admin, "/api/v1/agencies/" + code, Map.of("name", code, "sector", sector));
                tokens.put(code, http.post(admin, "/api/v1/agencies/" + code + "/tokens",
                        Map.of("issuedTo", "benchmark worker of " + code)).body().get("token").asText());
            });
            Map<String, String> readChildren = pickChildren(data.eventsPerChild());
            List<String> reviewed = new ArrayList<>(readChildren.values());
            reviewed.add(SINGLE_PROBE.child());
            reviewed.add(BULK_PROBE.child());
            String reviewer = http.post(admin, "/api/v1/reviews", Map.of("name", "benchmark", "children", reviewed,
                    "from", "1900-01-01", "to", "2100-12-31")).body().get("token").asText();

            AtomicLong peakHeap = new AtomicLong();
            AtomicBoolean sampling = new AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    peakHeap.accumulateAndGet(metrics.heapUsedMiB(), Math::max);
                    sleep(1000);
                }
            });
            sampler.start();

            List<Double> freshness = new CopyOnWriteArrayList<>();
            List<Double> bulkFreshness = new CopyOnWriteArrayList<>();
            AtomicBoolean ingesting = new AtomicBoolean(true);
            Thread fresh = new Thread(() -> measureFreshness(http, tokens.get("CSC"), reviewer, SINGLE_PROBE, ingesting, freshness));
            Thread bulkFresh = new Thread(() -> measureFreshness(http, tokens.get("CSC"), reviewer, BULK_PROBE, ingesting, bulkFreshness));
            AlertLatency alerts = new AlertLatency(http, admin, tokens);
            Thread alertProbe = new Thread(() -> alerts.probeWhile(ingesting::get));
            fresh.start();
            bulkFresh.start();
            alertProbe.start();
            long ingestCpu = metrics.cpuMillis();
            Ingest ingest = ingest(http, tokens, data, settings.concurrency(), metrics::cpuMillis);
            ingesting.set(false);
            fresh.join();
            bulkFresh.join();
            alertProbe.join();
            awaitCaughtUp(http, admin, "timeline");
            ingestCpu = metrics.cpuMillis() - ingestCpu;

            // After a bulk load the findings refresher re-judges every child in the background: reads are
            // measured while it does, and again once the findings are up to date.
            long caughtUp = System.nanoTime();
            Map<String, Latency> readsWhileRefreshing = readLatencies(http, reviewer, readChildren, settings.reads());
            awaitFindingsUpToDate(http, admin);
            double findingsSeconds = (System.nanoTime() - caughtUp) / 1e9;
            Map<String, Latency> reads = readLatencies(http, reviewer, readChildren, settings.reads());
            AlertLatency.Alerts alerted = alerts.burst(settings.mode().equals("full") ? 1_000 : 200);
            alerts.close();

            long replayStart = System.nanoTime();
            long replayCpu = metrics.cpuMillis();
            http.post(admin, "/api/v1/admin/projections/timeline/replay", "");
            awaitCaughtUp(http, admin, "timeline");
            double replaySeconds = (System.nanoTime() - replayStart) / 1e9;
            replayCpu = metrics.cpuMillis() - replayCpu;

            sampling.set(false);
            sampler.join();
            long peakResident = metrics.peakResidentMiB();
            metrics.close();
            service.close();
            Stage afterRestart = ingestAfterRestart(settings, data.total(), work, database, tokens);
            Results results = new Results(settings.mode(), settings.database(), data.total(), settings.children(), settings.concurrency(),
                    ingest.perSecond(), raw, ingest.perSecond() / raw, ingest.atStored(), ingest.byStored(), afterRestart,
                    percentiles(freshness),
                    percentiles(bulkFreshness),
                    readsWhileRefreshing, findingsSeconds, reads,
                    replaySeconds, data.total() / replaySeconds, (double) ingestCpu / data.total(),
                    (double) replayCpu / data.total(), peakHeap.get(), peakResident, judging, alerted);
            report(results, settings);
            return results;
        }
    }

    /**
     * The first stage of a load is the service's first minute, its JIT compiler still at work: the same start (the
     * first {@value #FIRST_STAGE} events of a second partnership of the same shape) after a restart on the full
     * store tells what the store's size costs, cold against cold.
     */
    private static Stage ingestAfterRestart(Settings settings, int stored, Path work, List<String> database,
                                            Map<String, String> tokens) throws Exception {
        DataGenerator.Generated more = DataGenerator.generate("R", settings.children(), settings.events(), settings.seed(),
                BATCH, FIRST_STAGE);
        try (ServiceProcess service = ServiceLauncher.start(settings.jar(), work.resolve("service"), settings.output()
                .resolve("benchmark-service-" + settings.label() + "-restarted.log"), "1g", database);
             ServiceMetrics metrics = new ServiceMetrics(service.handle())) {
            Stage first = ingest(new Http(service.port()), tokens, more, settings.concurrency(), metrics::cpuMillis)
                    .byStored().get(0);
            return new Stage(stored + first.stored(), first.eventsPerSecond(), first.cpuMsPerEvent());
        }
    }

    private record Ingest(double perSecond, Map<Integer, Double> atStored, List<Stage> byStored) {
    }

    /** How many events were stored, when, and the service's CPU time then. */
    private record Progress(long stored, long nanos, long cpuMillis) {
    }

    /**
     * Posts every batch from {@code concurrency} threads; notes the rate over windows ending at 10k, 100k, 1M, and
     * the rate and CPU per event stage by stage.
     */
    private static Ingest ingest(Http http, Map<String, String> tokens, DataGenerator.Generated data, int concurrency,
                                 LongSupplier cpuMillis) throws InterruptedException {
        ConcurrentLinkedQueue<DataGenerator.Batch> queue = new ConcurrentLinkedQueue<>(data.batches());
        List<Progress> progress = new ArrayList<>();
        Progress start = new Progress(0, System.nanoTime(), cpuMillis.getAsLong());
        progress.add(start);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < concurrency; t++) {
            Thread thread = new Thread(() -> {
                DataGenerator.Batch batch;
                while ((batch = queue.poll()) != null) {
                    Http.Response response = http.post(tokens.get(batch.agency()), "/api/v1/events/batch",
                            Map.of("events", batch.events()));
                    if (response.status() != 200 || response.body().get("rejected").asInt() != 0) {
                        throw new IllegalStateException("batch refused: " + response.status() + " " + response.body());
                    }
                    // Read the clock and CPU under the lock so that the readings stay in order.
                    synchronized (progress) {
                        long stored = progress.get(progress.size() - 1).stored() + batch.events().size();
                        progress.add(new Progress(stored, System.nanoTime(), cpuMillis.getAsLong()));
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start.nanos()) / 1e9;
        Map<Integer, Double> atStored = new LinkedHashMap<>();
        for (int checkpoint : List.of(FIRST_STAGE, 100_000, 1_000_000)) {
            if (checkpoint <= data.total()) {
                // The last tenth before the checkpoint; for 10k the whole start.
                atStored.put(checkpoint, stage(progress, checkpoint <= FIRST_STAGE ? 0 : checkpoint - checkpoint / 10, checkpoint)
                        .eventsPerSecond());
            }
        }
        List<Stage> byStored = new ArrayList<>();
        int from = 0;
        for (int to : stages(data.total())) {
            byStored.add(stage(progress, from, to));
            from = to;
        }
        return new Ingest(data.total() / seconds, atStored, byStored);
    }

    /** 10k, 20k, 50k, 100k, then every 100k, and the total. */
    private static List<Integer> stages(int total) {
        List<Integer> stages = new ArrayList<>(List.of(FIRST_STAGE, 20_000, 50_000));
        for (int n = 100_000; n < total; n += 100_000) {
            stages.add(n);
        }
        stages.removeIf(n -> n >= total);
        stages.add(total);
        return stages;
    }

    /** Ingest from the last post that left at most {@code from} events stored to the first that reached {@code to}. */
    private static Stage stage(List<Progress> progress, long from, long to) {
        Progress begin = progress.get(0);
        Progress end = null;
        for (Progress p : progress) {
            if (p.stored() <= from) {
                begin = p;
            }
            if (end == null && p.stored() >= to) {
                end = p;
            }
        }
        if (end == null) {
            return new Stage((int) to, Double.NaN, Double.NaN);
        }
        long events = end.stored() - begin.stored();
        return new Stage((int) to, events / ((end.nanos() - begin.nanos()) / 1e9),
                (double) (end.cpuMillis() - begin.cpuMillis()) / events);
    }

    /** A freshness probe: posts of {@code events} events about {@code child}. */
    private record Probe(String child, int events) {
    }

    /** One event, as a worker records a visit: on the timeline when acknowledged. */
    private static final Probe SINGLE_PROBE = new Probe("FRESH", 1);
    /** A batch too large to be written in the request: the projection writes it, or the first read of its child. */
    private static final Probe BULK_PROBE = new Probe("FRESH-BULK", 20);

    /** While ingest runs: post the probe, then read the timeline until it shows; the gap is the freshness. */
    private static void measureFreshness(Http http, String agencyToken, String reviewer, Probe probe,
                                         AtomicBoolean running, List<Double> freshness) {
        int shown = 0;
        for (int n = 0; running.get(); n++) {
            List<Map<String, Object>> events = new ArrayList<>();
            for (int i = 0; i < probe.events(); i++) {
                events.add(Map.of("eventId", probe.child() + "-" + n + "-" + i, "type", "visit.home",
                        "recordingAgency", "CSC", "occurredAt", "2024-01-01", "children", List.of(probe.child()),
                        "summary", "Freshness probe " + n));
            }
            int status = probe.events() == 1 ? http.post(agencyToken, "/api/v1/events", events.get(0)).status()
                    : http.post(agencyToken, "/api/v1/events/batch", Map.of("events", events)).status();
            if (status != 201 && status != 200) {
                continue;
            }
            shown += probe.events();
            long acknowledged = System.nanoTime();
            while (http.get(reviewer, "/api/v1/children/" + probe.child() + "/timeline").body().get("count").asInt() < shown) {
                sleep(5);
            }
            freshness.add((System.nanoTime() - acknowledged) / 1e6);
            sleep(200);
        }
    }

    private static Map<String, String> pickChildren(Map<String, Integer> perChild) {
        Map<String, String> picked = new LinkedHashMap<>();
        for (int target : List.of(10, 100, 1_000)) {
            perChild.entrySet().stream()
                    .min((a, b) -> Integer.compare(Math.abs(a.getValue() - target), Math.abs(b.getValue() - target)))
                    .ifPresent(e -> picked.put("~" + target + " events", e.getKey()));
        }
        return picked;
    }

    private static Latency latency(int requests, IntSupplier call) {
        for (int i = 0; i < Math.max(5, requests / 10); i++) {
            call.getAsInt(); // warm-up
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            if (call.getAsInt() != 200) {
                throw new IllegalStateException("read refused");
            }
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return percentiles(millis);
    }

    static Latency percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return new Latency(Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Latency(sorted.get((int) Math.floor((sorted.size() - 1) * 0.5)),
                sorted.get((int) Math.ceil((sorted.size() - 1) * 0.99)));
    }

    /** Timeline latency for each picked child, and gaps latency for the typical one. */
    private static Map<String, Latency> readLatencies(Http http, String reviewer, Map<String, String> children,
                                                      int requests) {
        Map<String, Latency> reads = new LinkedHashMap<>();
        children.forEach((label, child) -> reads.put("timeline " + label,
                latency(requests, () -> http.read(reviewer, "/api/v1/children/" + child + "/timeline"))));
        String typical = children.get("~100 events");
        reads.put("gaps ~100 events", latency(requests, () -> http.read(reviewer, "/api/v1/children/" + typical + "/gaps")));
        return reads;
    }

    private static void awaitFindingsUpToDate(Http http, String admin) {
        await("the findings were not brought up to date", Duration.ofHours(1),
                () -> http.get(admin, "/api/v1/admin/findings").body().get("upToDate").asBoolean());
    }

    private static void awaitCaughtUp(Http http, String admin, String projection) {
        await(projection + " did not catch up", Duration.ofMinutes(30), () -> {
            for (JsonNode status : http.get(admin, "/api/v1/admin/projections").body()) {
                if (status.get("name").asText().equals(projection) && status.get("caughtUp").asBoolean()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Asks every 50 ms until {@code done}; after {@code timeout}, fails with {@code failure}. */
    private static void await(String failure, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(failure);
            }
            sleep(50);
        }
    }

    private static void report(Results r, Settings settings) throws Exception {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n| measure (%s mode on %s: %,d events, %,d children, %d client threads) | value |%n|---|---|%n",
                r.mode(), r.database(), r.events(), r.children(), r.concurrency()));
        table.append(String.format("| ingest, POST /api/v1/events/batch | %,.0f events/s |%n", r.ingestPerSecond()));
        table.append(String.format("| raw JDBC batch inserts, same events | %,.0f events/s |%n", r.rawJdbcPerSecond()));
        table.append(String.format("| service / raw | %.2f |%n", r.ratio()));
        r.ingestAtStored().forEach((n, rate) ->
                table.append(String.format("| ingest rate at %,d stored | %,.0f events/s |%n", n, rate)));
        table.append("| ingest by events stored: rate, service CPU per event | ");
        table.append(String.join("; ", r.ingestByStored().stream().map(stage -> String.format("to %,d: %,.0f events/s, %.3f ms",
                stage.stored(), stage.eventsPerSecond(), stage.cpuMsPerEvent())).toList()));
        table.append(" |\n");
        table.append(String.format("| ingest of %,d more after a restart at %,d stored: rate, service CPU per event | %,.0f events/s, %.3f ms |%n",
                r.ingestAfterRestart().stored() - r.events(), r.events(), r.ingestAfterRestart().eventsPerSecond(),
                r.ingestAfterRestart().cpuMsPerEvent()));
        table.append(String.format("| freshness p50 / p99, one event | %.0f / %.0f ms |%n", r.freshnessMs().p50(), r.freshnessMs().p99()));
        table.append(String.format("| freshness p50 / p99, a batch of %d | %.0f / %.0f ms |%n", BULK_PROBE.events(),
                r.bulkFreshnessMs().p50(), r.bulkFreshnessMs().p99()));
        r.readWhileRefreshingMs().forEach((what, l) -> table.append(String.format(
                "| %s p50 / p99, findings being refreshed | %.1f / %.1f ms |%n", what, l.p50(), l.p99())));
        table.append(String.format("| findings up to date after the timeline | %.1f s |%n", r.findingsUpToDateSeconds()));
        table.append(String.format("| judging a household of %,d entries with all %d rules, in-process, p50 / p99 | %.2f / %.2f ms |%n",
                JudgingBenchmark.ENTRIES, r.judging().rules(), r.judging().millis().p50(), r.judging().millis().p99()));
        r.readMs().forEach((what, l) -> table.append(String.format("| %s p50 / p99 | %.1f / %.1f ms |%n", what, l.p50(), l.p99())));
        table.append(String.format("| alert: acknowledged post to webhook receipt p50 / p99 while ingesting (%d alerts); of it, until raised | %.0f / %.0f ms; %.0f / %.0f ms |%n",
                r.alerts().probes(), r.alerts().latencyMs().p50(), r.alerts().latencyMs().p99(),
                r.alerts().untilRaisedMs().p50(), r.alerts().untilRaisedMs().p99()));
        table.append(String.format("| alerts delivered per second, %,d raised by one batch | %,.0f alerts/s |%n",
                r.alerts().burst(), r.alerts().perSecond()));
        table.append(String.format("| full replay of the timeline | %.1f s, %,.0f events/s |%n", r.replaySeconds(), r.replayPerSecond()));
        table.append(String.format("| service CPU per event: ingest until the timeline caught up / replay | %.3f / %.3f ms |%n",
                r.ingestCpuMsPerEvent(), r.replayCpuMsPerEvent()));
        table.append(String.format("| peak heap / peak resident | %d / %d MiB |%n", r.peakHeapMiB(), r.peakResidentMiB()));
        System.out.println(table);
        Path json = settings.output().resolve("benchmark-" + settings.label() + ".json");
        Http.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), r);
        System.out.println("Written to " + json);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

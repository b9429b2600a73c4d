package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.WorkingCalendar;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Judging one household with every gap rule, in-process: the rules are pure functions of a case file, so this
 * is what the findings refresher and a gaps read spend beyond reading the file. A household of a child, a
 * sibling, their mother and her partner, with {@value #ENTRIES} entries of the kinds a busy case holds over
 * three years ({@link #WEIGHTS}), recorded by agencies of every sector.
 * <pre>java -cp benchmarks/target/chronology-benchmark.jar org.chronology.benchmarks.JudgingBenchmark</pre>
 */
public final class JudgingBenchmark {

    static final int ENTRIES = 1_000;
    /**
     * Judgements before the timed ones, about 20 s: the service judges all day, so its steady state is what counts.
     * After 200, the slowest runs came in clusters of 9-20 ms, the JIT still compiling and de-optimising the
     * rules' code; after 8,000, none of 1,000 timed runs took 3 ms.
     */
    static final int WARM_UPS = 8_000;
    private static final String RULES = "org.chronology.projections.gaps.rules";
    private static final Map<String, Sector> SECTORS = Map.of("CSC", Sector.LA_CSC, "MASH", Sector.LA_FRONTDOOR,
            "POLICE", Sector.JUSTICE_POLICE, "HV", Sector.HEALTH_COMMUNITY, "GP", Sector.HEALTH_PRIMARY,
            "ED", Sector.HEALTH_ACUTE, "SCHOOL", Sector.EDUCATION, "CAMHS", Sector.HEALTH_MH, "K2", Sector.VCS);
    /** Sorted: a Map.of iterates in an order that changes from one JVM to the next, and so would the household. */
    private static final List<String> AGENCIES = SECTORS.keySet().stream().sorted().toList();
    /**
     * Types in proportion to a busy case over three years: mostly contacts, visits and appointments, with a
     * concern, referral or exchange now and then, and meetings, decisions and closures a few times a year.
     */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(Map.entry("visit.home", 120),
            Map.entry("contact.remote", 120), Map.entry("contact.in_person", 80), Map.entry("appointment.attended", 100),
            Map.entry("appointment.missed", 40), Map.entry("concern.recorded", 30), Map.entry("info.shared", 40),
            Map.entry("referral.made", 8), Map.entry("referral.decision", 8), Map.entry("assessment.started", 4),
            Map.entry("assessment.completed", 4), Map.entry("strategy.discussion", 3), Map.entry("conference.initial", 1),
            Map.entry("conference.review", 2), Map.entry("meeting.core_group", 6), Map.entry("meeting.cin_review", 4),
            Map.entry("worker.allocated", 4), Map.entry("worker.left", 3), Map.entry("case.opened", 2),
            Map.entry("case.closed", 2), Map.entry("police.incident", 12), Map.entry("hospital.ed_attendance", 6),
            Map.entry("injury.observed", 2), Map.entry("service.offered", 8), Map.entry("service.declined", 3),
            Map.entry("household.change", 2), Map.entry("escalation.raised", 1), Map.entry("health.handover", 2));
    private static final List<String> TYPES = WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
            .flatMap(e -> java.util.Collections.nCopies(e.getValue(), e.getKey()).stream()).toList();

    /**
     * Milliseconds to judge the household, warm, and how many rules judged it; {@code cpuMillis} is the judging
     * thread's mean CPU time per household, which other work on a shared machine inflates far less than the wall
     * clock (it leaves out the collector's threads).
     */
    public record Judging(int rules, Benchmark.Latency millis, double cpuMillis) {
    }

    private JudgingBenchmark() {
    }

    public static void main(String[] args) {
        Judging judging = measure(WARM_UPS, 1_000);
        System.out.printf("%d rules judge a household of %,d entries in %.2f ms (p50), %.2f ms (p99);"
                        + " %.2f ms of the judging thread's CPU per household%n",
                judging.rules(), ENTRIES, judging.millis().p50(), judging.millis().p99(), judging.cpuMillis());
    }

    static Judging measure(int warmUps, int runs) {
        List<GapRule> rules;
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(RULES)) {
            rules = List.copyOf(context.getBeansOfType(GapRule.class).values());
        }
        GapEngine engine = new GapEngine(rules, Map.of());
        CaseFile household = household(new Random(42));
        LocalDate asOf = LocalDate.of(2024, 6, 30);
        for (int i = 0; i < warmUps; i++) {
            engine.evaluate(household, asOf);
        }
        List<Double> millis = new ArrayList<>(runs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            engine.evaluate(household, asOf);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        return new Judging(rules.size(), Benchmark.percentiles(millis), cpuMillis);
    }

    private static CaseFile household(Random random) {
        List<CaseEvent> events = new ArrayList<>(ENTRIES);
        LocalDate day = LocalDate.of(2021, 7, 1);
        for (int i = 0; i < ENTRIES; i++) {
            day = day.plusDays(random.nextInt(2));
            String type = TYPES.get(random.nextInt(TYPES.size()));
            String agency = type.startsWith("worker.") || type.startsWith("case.") || type.startsWith("strategy.")
                    || type.startsWith("conference.") || type.startsWith("meeting.") || type.startsWith("referral.decision")
                    ? "CSC" : AGENCIES.get(random.nextInt(AGENCIES.size()));
            events.add(CaseEvent.fromDocument(document(i, type, agency, day, random), i));
        }
        return new CaseFile("J-Child", events, SECTORS, WorkingCalendar.englandAndWales());
    }

    private static ObjectNode document(int i, String type, String agency, LocalDate day, Random random) {
        ObjectNode doc = Http.MAPPER.createObjectNode();
        doc.put("eventId", "J-" + i).put("type", type).put("recordingAgency", agency).putNull("actingAgency");
        doc.put("occurredAt", day.toString()).put("precision", "day");
        doc.putObject("period").put("from", day.toString()).put("to", day.toString());
        doc.put("recordedAt", day.plusDays(1 + random.nextInt(3)).atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        doc.putArray("children").add(i % 7 == 0 ? "J-Sibling" : "J-Child");
        doc.putArray("adults").add(i % 3 == 0 ? "J-Partner" : "J-Mother");
        ObjectNode worker = doc.putObject("worker");
        worker.put("id", "SW-" + (i / 120)).put("role", "SOCIAL_WORKER");
        ObjectNode details = doc.putObject("details");
        if (type.startsWith("strategy.") || type.startsWith("conference.") || type.startsWith("meeting.")) {
            details.putArray("invited").add("CSC").add("POLICE").add(AGENCIES.get(random.nextInt(AGENCIES.size())));
            details.putArray("attended").add("CSC").add("POLICE");
        } else if (type.equals("info.shared")) {
            details.putArray("to").add(AGENCIES.get(random.nextInt(AGENCIES.size())));
        } else if (type.equals("appointment.missed")) {
            details.put("reason", random.nextBoolean() ? "was_not_brought" : "did_not_attend");
        } else if (type.equals("referral.decision")) {
            details.put("decision", random.nextBoolean() ? "nfa" : "assessment");
        } else if (type.equals("concern.recorded")) {
            details.putArray("categories").add(random.nextBoolean() ? "substance" : "da_coercive_control");
        }
        return doc;
    }
}

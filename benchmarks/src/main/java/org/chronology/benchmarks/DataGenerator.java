package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A deterministic partnership: about twenty agencies across the sectors, children with a long-tailed number
 * of events (most a few dozen, a few over a thousand), the domain's mix of event types, siblings sharing
 * events, and day-, month- and bounds-dated entries. The same seed always gives the same events.
 */
final class DataGenerator {

    static final Map<String, String> AGENCIES = new LinkedHashMap<>();

    static {
        AGENCIES.put("CSC", "la.csc");
        AGENCIES.put("MASH", "la.frontdoor");
        AGENCIES.put("EDT", "la.edt");
        AGENCIES.put("IRO", "la.iro");
        AGENCIES.put("LEGAL", "la.legal");
        AGENCIES.put("EARLY-HELP", "la.earlyhelp");
        AGENCIES.put("HOUSING", "la.other");
        AGENCIES.put("ACUTE-1", "health.acute");
        AGENCIES.put("ACUTE-2", "health.acute");
        AGENCIES.put("HV", "health.community");
        AGENCIES.put("MW", "health.community");
        AGENCIES.put("GP-1", "health.primary");
        AGENCIES.put("GP-2", "health.primary");
        AGENCIES.put("CAMHS", "health.mh");
        AGENCIES.put("POLICE", "justice.police");
        AGENCIES.put("COURT", "justice.court");
        AGENCIES.put("SCHOOL-1", "education");
        AGENCIES.put("SCHOOL-2", "education");
        AGENCIES.put("VCS", "vcs");
    }

    /** Event types with their weight in the mix and the agencies that record them. */
    private record Kind(String type, int weight, String... agencies) {
    }

    private static final List<Kind> MIX = List.of(
            new Kind("visit.home", 15, "CSC", "HV", "MW", "EARLY-HELP", "VCS"),
            new Kind("contact.remote", 10, "CSC", "HV", "SCHOOL-1", "SCHOOL-2", "CAMHS"),
            new Kind("appointment.attended", 10, "GP-1", "GP-2", "ACUTE-1", "CAMHS", "HV"),
            new Kind("appointment.missed", 6, "GP-1", "GP-2", "ACUTE-1", "ACUTE-2", "CAMHS", "HV"),
            new Kind("concern.recorded", 8, "SCHOOL-1", "SCHOOL-2", "HV", "POLICE", "GP-1", "VCS"),
            new Kind("info.shared", 8, "POLICE", "HV", "SCHOOL-1", "GP-2", "CAMHS", "CSC"),
            new Kind("referral.made", 5, "SCHOOL-1", "POLICE", "HV", "GP-1", "ACUTE-2"),
            new Kind("referral.decision", 3, "MASH"),
            new Kind("assessment.started", 3, "CSC"),
            new Kind("assessment.completed", 2, "CSC"),
            new Kind("strategy.meeting", 2, "CSC"),
            new Kind("conference.initial", 1, "CSC"),
            new Kind("meeting.core_group", 2, "CSC"),
            new Kind("worker.allocated", 2, "CSC"),
            new Kind("worker.left", 1, "CSC"),
            new Kind("police.incident", 3, "POLICE"),
            new Kind("hospital.ed_attendance", 2, "ACUTE-1", "ACUTE-2"),
            new Kind("case.opened", 1, "CSC"),
            new Kind("case.closed", 1, "CSC"),
            new Kind("service.offered", 2, "EARLY-HELP", "HOUSING"),
            new Kind("service.declined", 1, "EARLY-HELP"),
            new Kind("cin_plan.started", 1, "CSC"),
            new Kind("cp_plan.started", 1, "CSC"),
            new Kind("court.hearing", 1, "COURT"));
    private static final int TOTAL_WEIGHT = MIX.stream().mapToInt(Kind::weight).sum();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Generated entries end around this day, so none lies in the future. */
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    /** One agency's batch of envelopes, posted with that agency's token. */
    record Batch(String agency, List<ObjectNode> events) {
    }

    /**
     * @param eventsPerChild how many entries each child appears in, to pick children for read latencies (those
     *                       generated, batched or not)
     * @param total          how many events the batches hold
     */
    record Generated(List<Batch> batches, Map<String, Integer> eventsPerChild, int total) {
    }

    private DataGenerator() {
    }

    static Generated generate(int children, int events, long seed, int batchSize) {
        return generate("B", children, events, seed, batchSize, Integer.MAX_VALUE);
    }

    /**
     * @param prefix of the children's identifiers (and so of the events'), for a second set of the same shape
     * @param limit  stop once the batches hold at least this many events (the rest is not generated)
     */
    static Generated generate(String prefix, int children, int events, long seed, int batchSize, int limit) {
        Random random = new Random(seed);
        int[] counts = counts(children, events, random);
        Map<String, List<ObjectNode>> pending = new LinkedHashMap<>();
        AGENCIES.keySet().forEach(agency -> pending.put(agency, new ArrayList<>()));
        List<Batch> batches = new ArrayList<>();
        Map<String, Integer> perChild = new LinkedHashMap<>();
        int total = 0;
        for (int c = 0; c < children; c++) {
            String child = prefix + "-" + c;
            // Every fifth child shares a third of its entries with the next one: siblings.
            String sibling = c % 5 == 0 && c + 1 < children ? prefix + "-" + (c + 1) : null;
            LocalDate start = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(9 * 365));
            // Every few days, closer together for the long-tail children, so that no date lies in the future.
            double step = Math.min(3.0, (double) (LAST_DAY.toEpochDay() - start.toEpochDay() - 30) / Math.max(1, counts[c]));
            for (int e = 0; e < counts[c]; e++) {
                Kind kind = pick(random);
                String agency = kind.agencies()[random.nextInt(kind.agencies().length)];
                boolean shared = sibling != null && random.nextInt(3) == 0;
                ObjectNode envelope = envelope(child + "-" + e, kind, agency, start.plusDays((long) (e * step) + random.nextInt(3)),
                        shared ? List.of(child, sibling) : List.of(child), random);
                perChild.merge(child, 1, Integer::sum);
                if (shared) {
                    perChild.merge(sibling, 1, Integer::sum);
                }
                List<ObjectNode> queue = pending.get(agency);
                queue.add(envelope);
                if (queue.size() == batchSize) {
                    batches.add(new Batch(agency, List.copyOf(queue)));
                    total += batchSize;
                    queue.clear();
                    if (total >= limit) {
                        return new Generated(batches, perChild, total);
                    }
                }
            }
        }
        for (Map.Entry<String, List<ObjectNode>> queue : pending.entrySet()) {
            if (!queue.getValue().isEmpty()) {
                batches.add(new Batch(queue.getKey(), List.copyOf(queue.getValue())));
                total += queue.getValue().size();
            }
        }
        return new Generated(batches, perChild, total);
    }

    /** A long tail: the first few children get over a thousand events, the rest share what is left unevenly. */
    private static int[] counts(int children, int events, Random random) {
        int[] counts = new int[children];
        int heavy = Math.max(1, Math.min(5, events / 20_000));
        int remaining = events;
        for (int c = 0; c < heavy && c < children; c++) {
            counts[c] = Math.min(remaining, 1_000 + random.nextInt(300));
            remaining -= counts[c];
        }
        double[] weights = new double[children];
        double sum = 0;
        for (int c = heavy; c < children; c++) {
            weights[c] = Math.exp(random.nextGaussian() * 0.9);
            sum += weights[c];
        }
        for (int c = heavy; c < children && remaining > 0; c++) {
            counts[c] = (int) Math.round(remaining * weights[c] / sum);
        }
        int assigned = java.util.Arrays.stream(counts).sum();
        counts[children - 1] += events - assigned; // rounding, so the total is exact
        if (counts[children - 1] < 0) {
            counts[heavy] += counts[children - 1];
            counts[children - 1] = 0;
        }
        return counts;
    }

    private static Kind pick(Random random) {
        int at = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : MIX) {
            at -= kind.weight();
            if (at < 0) {
                return kind;
            }
        }
        return MIX.get(0);
    }

    private static ObjectNode envelope(String eventId, Kind kind, String agency, LocalDate date, List<String> children,
                                       Random random) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.put("eventId", eventId);
        envelope.put("type", kind.type());
        envelope.put("recordingAgency", agency);
        int precision = random.nextInt(20);
        if (precision < 14) {
            envelope.put("occurredAt", date.toString());
        } else if (precision < 19) {
            envelope.put("occurredAt", date.toString().substring(0, 7));
        } else {
            envelope.put("occurredNotBefore", date.toString());
            envelope.put("occurredNotAfter", date.plusDays(30).toString());
        }
        children.forEach(envelope.putArray("children")::add);
        envelope.putArray("adults").add("P-" + children.get(0));
        envelope.put("summary", kind.type() + " recorded by " + agency + " for the benchmark");
        ObjectNode details = envelope.putObject("details");
        switch (kind.type()) {
            case "strategy.meeting", "conference.initial", "meeting.core_group" -> {
                details.putArray("invited").add("CSC").add("POLICE").add(random.nextBoolean() ? "HV" : "SCHOOL-1");
                details.putArray("attended").add("CSC").add("POLICE");
            }
            case "worker.allocated", "worker.left" -> envelope.putObject("worker")
                    .put("id", "SW-" + random.nextInt(400)).put("role", "SOCIAL_WORKER");
            case "appointment.missed" -> details.put("reason", "was_not_brought").put("service", "health visiting");
            case "info.shared" -> details.putArray("to").add("CSC");
            case "referral.made" -> details.put("referredTo", "MASH");
            case "referral.decision" -> details.put("decision", random.nextBoolean() ? "nfa" : "assessment");
            case "concern.recorded" -> details.putArray("categories").add("neglect");
            default -> details.put("note", "generated");
        }
        if (random.nextInt(10) == 0) {
            envelope.putArray("knownTo").add("CSC");
        }
        return envelope;
    }
}

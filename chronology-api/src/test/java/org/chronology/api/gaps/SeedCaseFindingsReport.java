package org.chronology.api.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many of the reviewers' expected findings the gap rules find from facts alone: the three review chronologies
 * as the agencies would have recorded them ({@code seed-cases-facts.json}) are posted through the v1 contract and
 * each child's findings read back as of the end of the review, as a reviewer would. For each case it prints found /
 * expected, every expected finding missed, and every finding that matches no expected one. A finding matches an
 * expected one when it has the same rule, concerns one of the children of the expected finding's evidence, and its
 * date (the start of its period, as the service sorts it) falls within the expected finding's period widened by a
 * month, {@value #SLACK_DAYS} days, either side (any date when the review dates nothing).
 *
 * <p>It asserts only what stays true while the rules are rewritten: the fixtures are facts of the vocabulary, every
 * event is recorded, and the counts add up. The figures are the measure; no rate is a target here. Run it alone:
 * {@code mvn -pl chronology-api test -Dtest=SeedCaseFindingsReport}; it also writes
 * {@code target/seed-case-findings.txt}.
 */
class SeedCaseFindingsReport extends ServiceTest {

    static final int SLACK_DAYS = 31;

    /** Keys of the annotated seed that state a reviewer's conclusion or an absence: never in a fixture of facts. */
    static final Set<String> CONCLUSION_KEYS = Set.of("notInvited", "healthPresent", "delayed", "delayDays",
            "notKnownTo", "reportsNote", "reportsMissing", "infoLimited", "contributorsNotInvolved", "fatherIncluded",
            "sharedPromptly", "escalatedToCSC", "formalEscalation", "escalationAfter", "infoExchanged",
            "referrerConsulted", "multiAgencyConsulted", "safetyArrangementsRecorded", "planningMeetingHeld",
            "historyUsed", "summaryProvided", "delay");

    private static final SeedCases SEEDS = SeedCases.load();

    @Test
    void theFixturesHoldOnlyFactsTheVocabularyDefines() {
        Map<String, JsonNode> schemas = new HashMap<>();
        admin.get("/api/v1/event-types").json().forEach(t -> schemas.put(t.get("type").asText(), t.get("schema")));
        List<String> problems = new ArrayList<>();
        for (String caseName : SEEDS.caseNames()) {
            for (ObjectNode envelope : SEEDS.envelopes(caseName)) {
                String at = caseName + " " + envelope.get("eventId").asText();
                JsonNode schema = schemas.get(envelope.get("type").asText());
                if (schema == null) {
                    problems.add(at + ": no event type " + envelope.get("type"));
                    continue;
                }
                envelope.path("details").fields().forEachRemaining(field -> {
                    JsonNode property = schema.path("properties").get(field.getKey());
                    if (CONCLUSION_KEYS.contains(field.getKey()) || property == null) {
                        problems.add(at + ": details." + field.getKey() + " is not a field of " + envelope.get("type"));
                    } else if (!canonical(property, field.getValue())) {
                        problems.add(at + ": details." + field.getKey() + " " + field.getValue() + " is not a canonical value");
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsPerCaseTheExpectedFindingsTheRulesFindFromFacts() throws IOException {
        registerAgencies(SeedCases.agencySectors());
        Set<String> rules = new LinkedHashSet<>();
        admin.get("/api/v1/rules").json().forEach(rule -> rules.add(rule.get("name").asText()));
        List<String> report = new ArrayList<>();
        report.add("Seed case findings from facts alone, " + rules.size() + " rules (a match: same rule and child, date "
                + "within the expected period ±1 month)");
        int allFound = 0;
        int allExpected = 0;
        int allUnmatched = 0;
        for (String caseName : SEEDS.caseNames()) {
            JsonNode counts = postAll(SEEDS.envelopes(caseName));
            assertThat(counts.get("recorded").asInt() + counts.get("duplicates").asInt())
                    .isEqualTo(SEEDS.envelopes(caseName).size());
            LocalDate asOf = SEEDS.asOf(caseName);
            List<Found> findings = new ArrayList<>();
            for (JsonNode child : SEEDS.seedCase(caseName).get("children")) {
                service.read(child.asText(), "gaps", "asOf=" + asOf).get("findings")
                        .forEach(f -> findings.add(new Found(child.asText(), f)));
            }
            Set<String> caseChildren = new HashSet<>();
            SEEDS.seedCase(caseName).get("children").forEach(c -> caseChildren.add(c.asText()));

            List<String> lines = new ArrayList<>();
            int found = 0;
            int implemented = 0;
            List<JsonNode> expected = SEEDS.expectedFindings(caseName);
            Set<Found> matched = new HashSet<>();
            for (JsonNode finding : expected) {
                JsonNode reviewers = finding.get("reviewers");
                String rule = reviewers.get("rule").asText();
                Set<String> children = new LinkedHashSet<>();
                finding.get("children").forEach(c -> children.add(c.asText()));
                assertThat(caseChildren).as(caseName + " " + rule).containsAll(children);
                Period period = Period.of(finding.get("period"));
                List<Found> hits = findings.stream().filter(f -> f.rule().equals(rule) && children.contains(f.child())
                        && period.meets(f.from(), f.to())).toList();
                matched.addAll(hits);
                implemented += rules.contains(rule) ? 1 : 0;
                String what = rule + " " + reviewers.get("events") + " " + reviewers.path("date").asText("undated")
                        + " (" + reviewers.get("citation").asText() + ")";
                if (!hits.isEmpty()) {
                    found++;
                    lines.add("  found     " + what + " <- " + hits.stream().map(Found::describe).distinct().toList());
                } else {
                    lines.add("  missed    " + what + (rules.contains(rule) ? "" : " [no such rule yet]"));
                }
            }
            Map<String, List<String>> unmatched = new LinkedHashMap<>();
            for (Found f : findings) {
                if (!matched.contains(f)) {
                    unmatched.computeIfAbsent(f.rule() + " " + f.occurredAt() + " " + f.evidence() + ": "
                            + f.explanation(), k -> new ArrayList<>()).add(f.child());
                }
            }
            unmatched.forEach((finding, children) -> lines.add("  unmatched " + children + " " + finding));
            assertThat(found).isLessThanOrEqualTo(expected.size());
            report.add(caseName + " (as of " + asOf + "): found " + found + " / " + expected.size() + " expected ("
                    + implemented + " of them by a rule that exists); " + unmatched.size()
                    + " findings match no expected one");
            report.addAll(lines);
            allFound += found;
            allExpected += expected.size();
            allUnmatched += unmatched.size();
        }
        report.add("All cases: found " + allFound + " / " + allExpected + " expected; " + allUnmatched
                + " findings match no expected one");
        String text = String.join("\n", report);
        System.out.println(text);
        Files.writeString(Path.of("target", "seed-case-findings.txt"), text + "\n");
        assertThat(allFound).isLessThanOrEqualTo(allExpected);
    }

    private static boolean canonical(JsonNode property, JsonNode value) {
        JsonNode values = property.has("items") ? property.get("items").get("enum") : property.get("enum");
        if (values == null) {
            return true;
        }
        Set<String> allowed = new HashSet<>();
        values.forEach(v -> allowed.add(v.asText()));
        List<JsonNode> given = new ArrayList<>();
        (value.isArray() ? value : List.of(value)).forEach(given::add);
        return given.stream().allMatch(v -> allowed.contains(v.asText()));
    }

    /** A finding read back for one child, with the days its date may stand for. */
    private record Found(String child, String rule, String occurredAt, LocalDate from, LocalDate to, List<String> evidence,
                         String explanation) {

        Found(String child, JsonNode finding) {
            this(child, finding.get("rule").asText(), finding.path("occurredAt").asText(finding.path("date").asText()),
                    start(finding), end(finding), evidenceOf(finding), finding.path("explanation").asText());
        }

        String describe() {
            return child + " " + occurredAt + " " + evidence;
        }

        private static List<String> evidenceOf(JsonNode finding) {
            List<String> ids = new ArrayList<>();
            finding.path("evidence").forEach(e -> ids.add(e.asText()));
            return ids;
        }

        /** Where the service sorts the finding: the start of its period; for a date known only by bounds, the first. */
        private static LocalDate start(JsonNode finding) {
            String at = finding.path("occurredAt").asText("");
            if (at.length() == 4) {
                return Year.parse(at).atDay(1);
            }
            if (at.length() == 7) {
                return YearMonth.parse(at).atDay(1);
            }
            if (at.length() >= 10) {
                return LocalDate.parse(at.substring(0, 10));
            }
            return LocalDate.parse(finding.get("date").asText());
        }

        /** A date known only by bounds ({@code 2019-01-01..2026-12-07}) may be any day up to the second. */
        private static LocalDate end(JsonNode finding) {
            String at = finding.path("occurredAt").asText("");
            int bounds = at.indexOf("..");
            return bounds > 0 ? LocalDate.parse(at.substring(bounds + 2, bounds + 12)) : start(finding);
        }
    }

    /**
     * An expected finding's period widened by one month (the {@value #SLACK_DAYS} days) either side: the reviewers date
     * by month, so {@code 2018-03} meets findings from 2018-02-01 to 2018-04-30. No period meets any date.
     */
    private record Period(LocalDate from, LocalDate to) {

        static Period of(JsonNode period) {
            if (period == null || period.isNull()) {
                return new Period(LocalDate.MIN, LocalDate.MAX);
            }
            return new Period(LocalDate.parse(period.get("from").asText()).minusMonths(1).withDayOfMonth(1),
                    YearMonth.from(LocalDate.parse(period.get("to").asText()).plusMonths(1)).atEndOfMonth());
        }

        boolean meets(LocalDate start, LocalDate end) {
            return !end.isBefore(from) && !start.isAfter(to);
        }
    }
}

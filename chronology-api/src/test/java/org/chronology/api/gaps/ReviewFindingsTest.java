package org.chronology.api.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads each published review's chronology and checks that the gaps its reviewers found, for the rules this
 * service implements, are among the service's findings for a child the reviewers' evidence concerns.
 */
class ReviewFindingsTest extends ServiceTest {

    private static final SeedCases SEEDS = SeedCases.load();

    /** Reviewer findings the record as converted cannot show, each with the reason. */
    private static final Map<String, String> KNOWN_MISSES = Map.of(
            "Baby L STRAT_AGENCY_NOT_INVITED", "the learning paper lists no invitees and dates nothing: every Baby L "
                    + "event is only 'not before January 2019', so no agency can be shown active before the meeting "
                    + "(STRAT_NO_HEALTH does fire on its healthPresent: false)",
            "Baby L GP_NOT_INVOLVED", "the paper names no event, and open-ended 'not before 2019' dates cannot show "
                    + "a case open for 30 days on the most generous reading");

    @Test
    void theReviewersFindingsAreAmongTheServicesFindings() {
        registerAgencies(SeedCases.agencySectors());
        Set<String> implemented = new LinkedHashSet<>();
        admin.get("/api/v1/rules").json().forEach(rule -> implemented.add(rule.get("name").asText()));
        List<String> report = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        for (String caseName : SEEDS.caseNames()) {
            postAll(SEEDS.envelopes(caseName));
            JsonNode seedCase = SEEDS.seedCase(caseName);
            LocalDate asOf = asOf(seedCase);
            Map<String, Set<String>> rulesByChild = new HashMap<>();
            seedCase.get("children").forEach(child -> rulesByChild.put(child.asText(), rulesFound(child.asText(), asOf)));
            int expected = 0;
            int found = 0;
            for (JsonNode gap : seedCase.get("expected").get("gaps")) {
                String rule = gap.get("rule").asText();
                if (!implemented.contains(rule)) {
                    continue;
                }
                expected++;
                Set<String> children = childrenOf(seedCase, gap.get("events"));
                boolean hit = children.stream().anyMatch(c -> rulesByChild.getOrDefault(c, Set.of()).contains(rule));
                String key = caseName + " " + rule;
                if (hit) {
                    found++;
                } else {
                    report.add("  missed " + key + " " + gap.get("events") + ": "
                            + KNOWN_MISSES.getOrDefault(key, "UNEXPLAINED"));
                    if (!KNOWN_MISSES.containsKey(key)) {
                        unexplained.add(key);
                    }
                }
            }
            report.add(caseName + ": found " + found + " of " + expected + " reviewer findings for implemented rules");
        }
        System.out.println("Reviewer findings report\n" + String.join("\n", report));
        assertThat(unexplained).as(String.join("\n", report)).isEmpty();
    }

    @Test
    void theTwinsHadThreeSocialWorkersInThreeMonths() {
        registerAgencies(SeedCases.agencySectors());
        postAll(SEEDS.envelopes("Family T"));
        for (String twin : List.of("T-Twin1", "T-Twin2")) {
            JsonNode turnover = service.read(twin, "turnover", "role=SOCIAL_WORKER");
            assertThat(turnover.get("distinctWorkers").asInt()).as(turnover.toString()).isEqualTo(3);
            assertThat(turnover.get("changes").asInt()).isEqualTo(2);
            assertThat(turnover.get("allocations")).hasSize(3);
        }
    }

    private Set<String> rulesFound(String child, LocalDate asOf) {
        Set<String> rules = new LinkedHashSet<>();
        service.read(child, "gaps", "asOf=" + asOf).get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        return rules;
    }

    /** The review period's end; reviews without one are judged as of today. */
    private static LocalDate asOf(JsonNode seedCase) {
        JsonNode period = seedCase.path("reviewPeriod");
        return period.hasNonNull("to") ? YearMonth.parse(period.get("to").asText()).atEndOfMonth() : LocalDate.now();
    }

    private static Set<String> childrenOf(JsonNode seedCase, JsonNode eventIds) {
        Set<String> children = new LinkedHashSet<>();
        for (JsonNode event : seedCase.get("events")) {
            for (JsonNode id : eventIds) {
                if (event.get("id").asText().equals(id.asText())) {
                    event.get("children").forEach(c -> children.add(c.asText()));
                }
            }
        }
        if (children.isEmpty()) {
            seedCase.get("children").forEach(c -> children.add(c.asText()));
        }
        return children;
    }
}

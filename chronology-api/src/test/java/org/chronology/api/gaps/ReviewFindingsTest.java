package org.chronology.api.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the published reviews' chronologies, recorded as facts, show for certain. How many of the reviewers'
 * expected findings the rules find is measured, not asserted, by {@link SeedCaseFindingsReport}.
 */
class ReviewFindingsTest extends ServiceTest {

    private static final SeedCases SEEDS = SeedCases.load();

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
}

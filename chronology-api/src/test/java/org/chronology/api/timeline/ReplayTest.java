package org.chronology.api.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.SeedCases;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Projections are disposable: replaying the store rebuilds exactly the timeline that was served live. */
class ReplayTest extends ServiceTest {

    @Test
    void aReplayRebuildsTheSameTimelines() throws Exception {
        registerAgencies(SeedCases.agencySectors());
        List<ObjectNode> bf = SeedCases.load().envelopes("Child BF");
        postAll(bf);
        postAll(SeedCases.load().envelopes("Family T"));
        ObjectNode corrected = bf.get(1);
        ObjectNode correction = Envelope.correction("BF-C1", corrected.get("recordingAgency").asText(),
                corrected.get("eventId").asText());
        ((ObjectNode) correction.get("details")).put("summary", "Referral received from the midwife");
        postAll(List.of(correction));
        List<String> children = List.of("BF-ChildBF", "T-Twin1", "KT-Child");
        Map<String, List<JsonNode>> live = new java.util.HashMap<>();
        children.forEach(child -> live.put(child, readModels(child)));
        assertThat(live.get("BF-ChildBF").get(0).get("entries")).isNotEmpty();

        for (String projection : List.of("timeline", "turnover")) {
            var replay = admin.post("/api/v1/admin/projections/" + projection + "/replay", "");
            assertThat(replay.status()).as(replay.text()).isEqualTo(202);
            awaitRebuilt(projection, Duration.ofSeconds(30));
        }

        for (String child : children) {
            assertThat(readModels(child)).as(child).isEqualTo(live.get(child));
        }
        for (JsonNode status : admin.get("/api/v1/admin/projections").json()) {
            if (status.get("caughtUp").asBoolean()) {
                assertThat(status.get("processed").asLong()).as("processed of a caught-up projection")
                        .isEqualTo(status.get("total").asLong());
            }
        }
        JsonNode findings = awaitFindingsUpToDate(Duration.ofSeconds(30));
        assertThat(findings.get("processed").asLong()).isEqualTo(findings.get("total").asLong());
        assertThat(findings.get("etaSeconds").isNull()).as("nothing left to estimate").isTrue();
        assertThat(findings.get("pendingMarks").asLong()).isZero();
        assertThat(findings.get("timelineCaughtUp").asBoolean()).isTrue();
    }

    /** Everything read from projections about a child: timeline, turnover and gap findings. */
    private List<JsonNode> readModels(String child) {
        return List.of(timeline(child, ""), service.read(child, "turnover", ""),
                service.read(child, "gaps", "asOf=2020-01-01"));
    }

    /** The refresher re-judges the replayed children in the background; the status says when it is done. */
    private JsonNode awaitFindingsUpToDate(Duration timeout) throws InterruptedException {
        return awaitAdmin("/api/v1/admin/findings", status -> status.get("upToDate").asBoolean(), timeout,
                "the findings were not brought up to date within " + timeout);
    }

    private void awaitRebuilt(String projection, Duration timeout) throws InterruptedException {
        awaitAdmin("/api/v1/admin/projections", statuses -> {
            for (JsonNode status : statuses) {
                if (status.get("name").asText().equals(projection) && status.get("caughtUp").asBoolean()
                        && !status.get("replaying").asBoolean()) {
                    return true;
                }
            }
            return false;
        }, timeout, projection + " was not rebuilt within " + timeout);
    }

    /** Reads {@code path} as the administrator until {@code done} holds of the answer, which it returns. */
    private JsonNode awaitAdmin(String path, Predicate<JsonNode> done, Duration timeout, String failure)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode answer = admin.get(path).json();
            if (done.test(answer)) {
                return answer;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(failure);
    }
}

package org.chronology.api.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A poison event (here: one the turnover table refuses) is parked, the projection goes on with the others, later
 * events of its entry wait behind it, an administrator sees it in the dead letters and, once the cause is gone,
 * retries it into the projection.
 */
class DeadLettersTest extends ServiceTest {

    @Test
    void aPoisonEventIsParkedListedAndRetried() throws Exception {
        registerAgencies(Map.of("DLQ", "la.csc"));
        jdbc.execute("ALTER TABLE worker_event ADD CONSTRAINT dead_letter_test CHECK (worker_id <> 'POISON-W')");
        try {
            postAll(List.of(Envelope.allocation("POISON-1", "DLQ", "2022-05-01", "DLQ-1", "POISON-W"),
                    Envelope.allocation("FINE-1", "DLQ", "2022-05-02", "DLQ-2", "FINE-W")));

            service.read("DLQ-2", "turnover", "");
            assertThat(workerRows("DLQ-2")).as("the projection went on").isEqualTo(1);
            JsonNode letter = awaitLetter("DLQ:POISON-1");
            assertThat(letter.get("projection").asText()).isEqualTo("turnover");
            assertThat(letter.get("causeType").asText()).isNotBlank();
            assertThat(workerRows("DLQ-1")).isZero();
        } finally {
            jdbc.execute("ALTER TABLE worker_event DROP CONSTRAINT dead_letter_test");
        }
        // Nothing would stop the correction now, but it comes after the parked event of its entry.
        ObjectNode correction = Envelope.correction("POISON-2", "DLQ", "POISON-1");
        ((ObjectNode) correction.get("details")).put("summary", "Allocated in May");
        postAll(List.of(correction));
        service.read("DLQ-1", "turnover", "");
        assertThat(letters("DLQ:POISON-1")).as("the correction waits behind the parked event").isEqualTo(2);

        var retried = admin.post("/api/v1/admin/dead-letters/turnover/retry", "");
        assertThat(retried.status()).as(retried.text()).isEqualTo(200);
        assertThat(retried.json().get("retried").asInt()).isEqualTo(1);
        assertThat(retried.json().get("remaining").asInt()).isZero();
        assertThat(workerRows("DLQ-1")).isEqualTo(1);
        assertThat(asAgency("DLQ").get("/api/v1/admin/dead-letters").status()).isEqualTo(403);
    }

    private int workerRows(String child) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM worker_event WHERE child_id = ?", Integer.class, child);
        return rows == null ? 0 : rows;
    }

    private int letters(String entry) {
        int count = 0;
        for (JsonNode letter : admin.get("/api/v1/admin/dead-letters").json()) {
            if (entry.equals(letter.get("entry").asText())) {
                count++;
            }
        }
        return count;
    }

    private JsonNode awaitLetter(String entry) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            for (JsonNode letter : admin.get("/api/v1/admin/dead-letters").json()) {
                if (entry.equals(letter.get("entry").asText())) {
                    return letter;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no dead letter for " + entry);
    }
}

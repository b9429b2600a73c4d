package org.chronology.api.ingest;

import org.chronology.api.support.ApiClient;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The used-id index only spares stream reads; the event store decides. After a kill -9, H2 was once seen to
 * keep a batch's events but not its index rows: a resend must still come back as duplicates, not as an error.
 */
class IndexRepairTest extends ServiceTest {

    @Test
    void aResendOfEntriesTheIndexHasLostIsStillAllDuplicates() {
        registerAgencies(Map.of("IX-AG", "la.csc"));
        ApiClient agency = asAgency("IX-AG");
        var first = Envelope.of("IX-1", "visit.home", "IX-AG", "2019-05-01", "IX-Child", "Visit");
        var second = Envelope.of("IX-2", "visit.home", "IX-AG", "2019-05-02", "IX-Child", "Visit");
        assertThat(agency.post("/api/v1/events/batch", Map.of("events", List.of(first, second))).status()).isEqualTo(200);
        jdbc.update("DELETE FROM entry_id_index WHERE used_id IN ('IX-AG:IX-1', 'IX-AG:IX-2')");

        var third = Envelope.of("IX-3", "visit.home", "IX-AG", "2019-05-03", "IX-Child", "Visit");
        var resend = agency.post("/api/v1/events/batch", Map.of("events", List.of(first, second, third)));

        assertThat(resend.status()).as(resend.text()).isEqualTo(200);
        assertThat(resend.json().get("duplicates").asInt()).isEqualTo(2);
        assertThat(resend.json().get("recorded").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier LIKE 'IX-AG:%'",
                Integer.class)).isEqualTo(3);
    }
}

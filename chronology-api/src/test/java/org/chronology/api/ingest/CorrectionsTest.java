package org.chronology.api.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Agencies correct and retract their own entries; the original is never lost. */
class CorrectionsTest extends ServiceTest {

    @BeforeEach
    void agencies() {
        registerAgencies(Map.of("CR-HV", "health.community", "CR-GP", "health.primary"));
    }

    @Test
    void aCorrectionReplacesFieldsAndKeepsTheOriginalInTheHistory() {
        postAll(List.of(Envelope.of("CR-1", "appointment.missed", "CR-HV", "2019-05-02", "CR-Child", "Not brought")));
        ObjectNode correction = Envelope.correction("CR-2", "CR-HV", "CR-1");
        ((ObjectNode) correction.get("details")).put("summary", "Not brought to the new-birth review");
        var response = asAgency("CR-HV").post("/api/v1/events", correction);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(asAgency("CR-HV").post("/api/v1/events", correction).status()).isEqualTo(200);

        JsonNode entry = timeline("CR-Child", "").get("entries").get(0);
        assertThat(entry.get("summary").asText()).isEqualTo("Not brought to the new-birth review");
        assertThat(entry.get("status").asText()).isEqualTo("corrected");
        JsonNode history = entry.get("corrections").get(0);
        assertThat(history.get("eventId").asText()).isEqualTo("CR-2");
        assertThat(history.get("previous").get("summary").asText()).isEqualTo("Not brought");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'CR-HV:CR-1'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aRetractedEntryStaysVisibleAsRetractedAndCannotBeChanged() {
        postAll(List.of(Envelope.of("CR-10", "visit.home", "CR-HV", "2019-05-03", "CR-Child3", "Visit")));
        ObjectNode retraction = Envelope.of("CR-11", "entry.retracted", "CR-HV", "2019-05-04", "CR-Child3", "Wrong family");
        retraction.putObject("details").put("retractsEventId", "CR-10").put("reason", "recorded on the wrong child");
        assertThat(asAgency("CR-HV").post("/api/v1/events", retraction).status()).isEqualTo(201);

        JsonNode entry = timeline("CR-Child3", "").get("entries").get(0);
        assertThat(entry.get("status").asText()).isEqualTo("retracted");
        assertThat(entry.get("corrections").get(0).get("reason").asText()).isEqualTo("recorded on the wrong child");

        ObjectNode late = Envelope.correction("CR-12", "CR-HV", "CR-10");
        ((ObjectNode) late.get("details")).put("summary", "too late");
        var refused = asAgency("CR-HV").post("/api/v1/events", late);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("details.correctsEventId");
    }

    @Test
    void onlyTheRecordingAgencyCanCorrectAnEntry() {
        postAll(List.of(Envelope.of("CR-20", "visit.home", "CR-HV", "2019-05-03", "CR-Child4", "Visit")));
        ObjectNode byGp = Envelope.correction("CR-21", "CR-GP", "CR-20");
        ((ObjectNode) byGp.get("details")).put("summary", "GP's version");
        var refused = asAgency("CR-GP").post("/api/v1/events", byGp);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("no entry with this id was recorded by CR-GP");
        assertThat(timeline("CR-Child4", "").get("entries").get(0).get("status").asText()).isEqualTo("current");
    }

    @Test
    void anEventIdUsedForACorrectionCannotBeReusedForAnEntry() {
        postAll(List.of(Envelope.of("CR-30", "visit.home", "CR-HV", "2019-05-03", "CR-Child5", "Visit")));
        ObjectNode correction = Envelope.correction("CR-31", "CR-HV", "CR-30");
        ((ObjectNode) correction.get("details")).put("summary", "Corrected");
        assertThat(asAgency("CR-HV").post("/api/v1/events", correction).status()).isEqualTo(201);

        var reuse = asAgency("CR-HV").post("/api/v1/events", Envelope.of("CR-31", "visit.home", "CR-HV", "2019-05-05", "CR-Child5", "x"));
        assertThat(reuse.status()).isEqualTo(409);
        assertThat(reuse.contentType()).startsWith("application/problem+json");
    }
}

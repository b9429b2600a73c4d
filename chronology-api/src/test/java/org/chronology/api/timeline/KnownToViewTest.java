package org.chronology.api.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer asks what an agency knew at an instant: only what it recorded, was told, or was sent. */
class KnownToViewTest extends ServiceTest {

    private static final String CHILD = "KT-Child";

    @BeforeEach
    void agencies() {
        registerAgencies(Map.of("KT-CAMHS", "health.mh", "KT-CSC", "la.csc", "KT-GP", "health.primary"));
    }

    @Test
    void anAgencySeesOnlyWhatItRecordedWasToldOrWasSentByThen() throws Exception {
        ObjectNode concern = Envelope.of("KT-1", "concern.recorded", "KT-CAMHS", "2018-01", CHILD,
                "Controlling elements in the relationship");
        ObjectNode visit = Envelope.of("KT-2", "visit.home", "KT-CSC", "2018-01-20", CHILD, "Home visit");
        visit.putArray("knownTo").add("KT-GP");
        postAll(java.util.List.of(concern, visit));
        Instant beforeSharing = Instant.now();
        Thread.sleep(20);

        ObjectNode shared = Envelope.of("KT-3", "info.shared", "KT-CAMHS", "2018-02-02", CHILD,
                "CAMHS told CSC of its concern");
        shared.putObject("details").putArray("to").add("KT-CSC");
        ((ObjectNode) shared.get("details")).putArray("eventIds").add("KT-1");
        postAll(java.util.List.of(shared));

        assertThat(eventIds(timeline(CHILD, "knownTo=KT-CSC&asOf=" + beforeSharing))).containsExactly("KT-2");
        assertThat(eventIds(timeline(CHILD, "knownTo=KT-CSC"))).containsExactly("KT-1", "KT-2", "KT-3");
        assertThat(eventIds(timeline(CHILD, "knownTo=KT-GP"))).containsExactly("KT-2");
        assertThat(eventIds(timeline(CHILD, "knownTo=KT-CAMHS"))).containsExactly("KT-1", "KT-3");
        assertThat(eventIds(timeline(CHILD, ""))).containsExactly("KT-1", "KT-2", "KT-3");
    }

    @Test
    void theHistoricalViewShowsAnEntryAsItStoodBeforeLaterCorrections() throws Exception {
        postAll(java.util.List.of(Envelope.of("KT-10", "visit.home", "KT-CSC", "2018-03", "KT-Child2", "Visit")));
        Thread.sleep(20);
        Instant beforeCorrection = Instant.now();
        Thread.sleep(20);
        ObjectNode correction = Envelope.correction("KT-11", "KT-CSC", "KT-10");
        ((ObjectNode) correction.get("details")).put("occurredAt", "2018-04-02");
        postAll(java.util.List.of(correction));

        JsonNode now = timeline("KT-Child2", "").get("entries").get(0);
        assertThat(now.get("occurredAt").asText()).isEqualTo("2018-04-02");
        assertThat(now.get("status").asText()).isEqualTo("corrected");

        JsonNode then = timeline("KT-Child2", "knownTo=KT-CSC&asOf=" + beforeCorrection).get("entries").get(0);
        assertThat(then.get("occurredAt").asText()).isEqualTo("2018-03");
        assertThat(then.get("status").asText()).isEqualTo("current");
        assertThat(then.get("corrections")).isEmpty();
    }
}

package org.chronology.api.timeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.chronology.projections.timeline.TimelineProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small post is on the timeline when it is acknowledged, even while the timeline projection is behind (here:
 * stopped); a bulk post's entries are put on it by the first read of one of their children, and the projection,
 * when it gets there, finds them written.
 */
class TimelineAtOnceTest extends ServiceTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    @Test
    void aSmallPostIsOnTheTimelineWhenAcknowledgedAndABulkPostWhenItsChildIsRead() {
        registerAgencies(Map.of("AO-HV", "health.community"));
        StreamingEventProcessor projection = processing.eventProcessor(TimelineProjection.GROUP,
                StreamingEventProcessor.class).orElseThrow();
        assertThat(progress.awaitCatchUp(TimelineProjection.GROUP)).isTrue();
        projection.shutDown();
        try {
            List<ObjectNode> bulk = new ArrayList<>();
            for (int i = 1; i <= 11; i++) {
                bulk.add(Envelope.of("AO-B" + i, "visit.home", "AO-HV", "2020-03-" + (10 + i), "AO-Bulk", "Visit " + i));
                bulk.add(Envelope.of("AO-C" + i, "visit.home", "AO-HV", "2020-04-" + (10 + i), "AO-Own", "Visit " + i));
            }
            postAll(bulk);
            var single = asAgency("AO-HV").post("/api/v1/events",
                    Envelope.of("AO-1", "visit.home", "AO-HV", "2020-03-01", "AO-Child", "New birth visit"));
            assertThat(single.status()).as(single.text()).isEqualTo(201);

            assertThat(progress.awaitTimeline(List.of("AO-Child"))).as("a read of the child waits for nothing").isTrue();
            assertThat(eventIds(timeline("AO-Child", ""))).containsExactly("AO-1");
            assertThat(eventIds(timeline("AO-Bulk", ""))).as("the read wrote them").hasSize(11);
            // An agency may read a child it has recorded for: known from the entries the read itself writes.
            var own = asAgency("AO-HV").get("/api/v1/children/AO-Own/timeline");
            assertThat(own.status()).as(own.text()).isEqualTo(200);
            assertThat(own.json().get("count").asInt()).isEqualTo(11);
            // The same positions as the projection gives them, so a replay rebuilds the same order.
            for (String entry : List.of("AO-HV:AO-1", "AO-HV:AO-B7")) {
                assertThat(jdbc.queryForObject("SELECT position FROM timeline_entry WHERE entry_id = ?", Long.class,
                        entry)).isEqualTo(jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry"
                        + " WHERE aggregateIdentifier = ?", Long.class, entry));
            }
        } finally {
            projection.start();
        }
        assertThat(restartedProjectionCaughtUp()).isTrue();

        assertThat(eventIds(timeline("AO-Bulk", ""))).hasSize(11);
        assertThat(eventIds(timeline("AO-Child", ""))).containsExactly("AO-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_person WHERE entry_id IN ('AO-HV:AO-1',"
                + " 'AO-HV:AO-B7')", Integer.class)).as("the projection skipped what was written").isEqualTo(2);
    }

    /** Each wait lasts up to the read timeout (2 s); a restarted projection first claims its segments. */
    private boolean restartedProjectionCaughtUp() {
        for (int attempt = 0; attempt < 15; attempt++) {
            if (progress.awaitCatchUp(TimelineProjection.GROUP)) {
                return true;
            }
        }
        return false;
    }
}

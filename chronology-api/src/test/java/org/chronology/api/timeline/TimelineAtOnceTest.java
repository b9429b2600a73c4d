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
 * stopped); a bulk post is the projection's to write, and reading another child does not wait for it.
 */
class TimelineAtOnceTest extends ServiceTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ProjectionProgress progress;

    @Test
    void aSmallPostIsOnTheTimelineWhenAcknowledgedAndABulkPostWhenTheProjectionHasWrittenIt() {
        registerAgencies(Map.of("AO-HV", "health.community"));
        StreamingEventProcessor projection = processing.eventProcessor(TimelineProjection.GROUP,
                StreamingEventProcessor.class).orElseThrow();
        assertThat(progress.awaitCatchUp(TimelineProjection.GROUP)).isTrue();
        projection.shutDown();
        try {
            List<ObjectNode> bulk = new ArrayList<>();
            for (int i = 1; i <= 11; i++) {
                bulk.add(Envelope.of("AO-B" + i, "visit.home", "AO-HV", "2020-03-" + (10 + i), "AO-Bulk", "Visit " + i));
            }
            postAll(bulk);
            var single = asAgency("AO-HV").post("/api/v1/events",
                    Envelope.of("AO-1", "visit.home", "AO-HV", "2020-03-01", "AO-Child", "New birth visit"));
            assertThat(single.status()).as(single.text()).isEqualTo(201);

            assertThat(progress.awaitTimeline(List.of("AO-Child"))).as("a read of the child waits for nothing").isTrue();
            assertThat(eventIds(timeline("AO-Child", ""))).containsExactly("AO-1");
            assertThat(progress.awaitTimeline(List.of("AO-Bulk"))).as("a read of the bulk post's child waits").isFalse();
            assertThat(eventIds(timeline("AO-Bulk", ""))).isEmpty();
            // The same position as the projection gives it, so a replay rebuilds the same order.
            assertThat(jdbc.queryForObject("SELECT position FROM timeline_entry WHERE entry_id = 'AO-HV:AO-1'", Long.class))
                    .isEqualTo(jdbc.queryForObject("SELECT globalIndex FROM DomainEventEntry"
                            + " WHERE aggregateIdentifier = 'AO-HV:AO-1'", Long.class));
        } finally {
            projection.start();
        }
        assertThat(restartedProjectionWrote("AO-Bulk")).isTrue();

        assertThat(eventIds(timeline("AO-Bulk", ""))).hasSize(11);
        assertThat(eventIds(timeline("AO-Child", ""))).containsExactly("AO-1");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_person WHERE entry_id = 'AO-HV:AO-1'",
                Integer.class)).isEqualTo(1);
    }

    /** Each wait lasts up to the read timeout (2 s); a restarted projection first claims its segments. */
    private boolean restartedProjectionWrote(String child) {
        for (int attempt = 0; attempt < 15; attempt++) {
            if (progress.awaitTimeline(List.of(child))) {
                return true;
            }
        }
        return false;
    }
}

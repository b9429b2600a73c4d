package org.chronology.api.projection;

import org.chronology.api.support.Envelope;
import org.chronology.api.support.ServiceTest;
import org.chronology.projections.timeline.TimelineProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineReconciliationTest extends ServiceTest {

    private static final long ELSEWHERE = 1_000_000_000_000L;

    @Autowired
    TimelineReconciliation reconciliation;
    @Autowired
    ProjectionProgress progress;

    @Test
    void findsNothingMissingWhenEveryStoredEntryIsOnTheTimelineAndCountsAnEntryThatIsNot() {
        registerAgencies(Map.of("RECON", "la.csc"));
        postAll(List.of(Envelope.of("recon-1", "visit.home", "RECON", "2024-02-01", "RECON-CHILD", "Visit"),
                Envelope.of("recon-2", "visit.home", "RECON", "2024-02-02", "RECON-CHILD", "Visit")));
        assertThat(progress.awaitCatchUp(TimelineProjection.GROUP)).isTrue();

        reconciliation.check();
        assertThat(reconciliation.health().getDetails()).containsEntry("missing", 0L);

        // One entry's row moved out of the checked range: as if the projection had skipped it.
        assertThat(jdbc.update("UPDATE timeline_entry SET position = position + ? WHERE event_id = 'recon-1'",
                ELSEWHERE)).isEqualTo(1);
        try {
            reconciliation.check();
            assertThat(reconciliation.health().getDetails()).as(reconciliation.health().getDetails().toString())
                    .containsEntry("missing", 1L);
        } finally {
            jdbc.update("UPDATE timeline_entry SET position = position - ? WHERE event_id = 'recon-1'", ELSEWHERE);
        }
    }
}

package org.chronology.api.move;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovedTablesTest {

    @Test
    void everyTableOfTheServiceIsCopiedRebuiltOrLeftWhateverTheDatabaseCallsIt() {
        assertThatCode(() -> MovedTables.requireKnown(List.of("DOMAINEVENTENTRY", "SNAPSHOTEVENTENTRY", "TOKENENTRY",
                "DEADLETTERENTRY", "ENTRY_ID_INDEX", "CLUSTER_NODE", "AGENCY", "TIMELINE_ENTRY", "TIMELINE_PERSON",
                "TIMELINE_REVISION", "TIMELINE_KNOWLEDGE", "WORKER_EVENT", "FINDING", "FINDING_AGENCY", "FINDING_MARK",
                "API_TOKEN", "REVIEW", "REVIEW_CHILD", "ACCESS_AUDIT", "ACCESS_GRANT", "JOB_LEASE",
                "flyway_schema_history"))).doesNotThrowAnyException();
    }

    @Test
    void aTableTheMoveDoesNotKnowStopsIt() {
        assertThatThrownBy(() -> MovedTables.requireKnown(List.of("DOMAINEVENTENTRY", "HOUSEHOLD_NOTE")))
                .isInstanceOf(MoveCommand.Refused.class).hasMessageContaining("HOUSEHOLD_NOTE");
    }
}

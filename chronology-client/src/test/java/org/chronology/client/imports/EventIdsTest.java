package org.chronology.client.imports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventIdsTest {

    @Test
    void the_same_row_of_the_same_file_always_gets_the_same_id() {
        assertThat(EventIds.derive("csv", "visits.csv", List.of("visit.home", "2018-03-02", "CH-1")))
                .isEqualTo(EventIds.derive("csv", "visits.csv", List.of("visit.home", "2018-03-02", "CH-1")))
                .isEqualTo(EventIds.derive("csv", "visits.csv", List.of(" visit.home ", "2018-03-02", "CH-1 ")));
    }

    @Test
    void another_row_or_another_file_gets_another_id() {
        String id = EventIds.derive("csv", "visits.csv", List.of("visit.home", "2018-03-02", "CH-1"));

        assertThat(EventIds.derive("csv", "visits.csv", List.of("visit.home", "2018-03-03", "CH-1"))).isNotEqualTo(id);
        assertThat(EventIds.derive("csv", "other.csv", List.of("visit.home", "2018-03-02", "CH-1"))).isNotEqualTo(id);
        // Cells are kept apart: moving text across a cell boundary is another row.
        assertThat(EventIds.derive("csv", "visits.csv", List.of("visit.home2018-03-02", "", "CH-1"))).isNotEqualTo(id);
    }

    @Test
    void ids_are_short_prefixed_and_valid_event_ids() {
        String id = EventIds.derive("A7-cp_plan.started", "list7.csv", List.of("C1", "01/02/2018"));

        assertThat(id).startsWith("A7-cp_plan.started-").hasSize("A7-cp_plan.started-".length() + 16);
        assertThat(EnvelopeCheck.EVENT_ID.matcher(id).matches()).isTrue();
    }
}

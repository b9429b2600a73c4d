package org.chronology.api.agency;

import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency whose details changed many times is loaded from a snapshot, and still decides as before. */
class AgencySnapshotTest extends ServiceTest {

    @Test
    void aLongAgencyStreamIsSnapshottedAndStillDecidesAlike() {
        for (int change = 0; change < 60; change++) {
            var response = admin.put("/api/v1/agencies/SNAP", Map.of("name", "Snap " + change, "sector", "la.csc"));
            assertThat(response.status()).as(response.text()).isIn(200, 201);
        }
        Integer snapshots = jdbc.queryForObject(
                "SELECT COUNT(*) FROM SnapshotEventEntry WHERE aggregateIdentifier = 'SNAP'", Integer.class);
        assertThat(snapshots).as("snapshots of the agency").isPositive();

        var unchanged = admin.put("/api/v1/agencies/SNAP", Map.of("name", "Snap 59", "sector", "la.csc"));
        var changed = admin.put("/api/v1/agencies/SNAP", Map.of("name", "Snap again", "sector", "health.primary"));

        assertThat(unchanged.status()).as(unchanged.text()).isEqualTo(200);
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("sector").asText()).isEqualTo("health.primary");
        var events = jdbc.queryForObject(
                "SELECT COUNT(*) FROM DomainEventEntry WHERE aggregateIdentifier = 'SNAP'", Integer.class);
        assertThat(events).as("60 registrations and one change; the unchanged one stored nothing").isEqualTo(61);
    }
}

package org.chronology.api.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where this process is the only writer, the positions below every one stored at its start that hold no event
 * stay empty: a token read from forgets them as gaps, and keeps the gaps filled since, and those above.
 */
class EmptyPositionsTest {

    private static final String NEXT_POSITION = "SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE TABLE_NAME = 'DOMAINEVENTENTRY' AND COLUMN_NAME = 'GLOBALINDEX'";

    private JdbcTemplate jdbc;
    private EventStoreTables events;

    @BeforeEach
    void givenAStoreWithEventsAt1To6ButNot3() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + getClass().getSimpleName() + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").target("1").load().migrate();
        jdbc = new JdbcTemplate(h2);
        for (long position : List.of(1L, 2L, 4L, 5L, 6L)) {
            jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, eventIdentifier,"
                    + " payload, payloadType, timeStamp) VALUES (?, ?, 0, ?, X'7B7D', 'Visit', '2020-01-01T00:00:00Z')",
                    position, "E-" + position, "event-" + position);
        }
        events = new EventStoreTables(jdbc);
    }

    @Test
    void whenTheOnlyWriterStarts_thenAGapLeftEmptyIsForgottenAndOneFilledSinceIsKept() {
        EmptyPositions positions = new EmptyPositions(events, jdbc, NEXT_POSITION, false);
        positions.start();

        assertThat(positions.forgottenIn(GapAwareTrackingToken.newInstance(6, List.of(3L, 5L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(6, List.of(5L)));
    }

    @Test
    void whenTheOnlyWriterStarts_thenGapsAboveWhatWasStoredAreKept() {
        EmptyPositions positions = new EmptyPositions(events, jdbc, NEXT_POSITION, false);
        positions.start();

        assertThat(positions.forgottenIn(GapAwareTrackingToken.newInstance(9, List.of(3L, 7L, 8L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(9, List.of(7L, 8L)));
    }

    @Test
    void givenTheIdentityCacheLeftValuesUnused_whenTheOnlyWriterStarts_thenTheyAreForgottenToo() {
        jdbc.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH 1001");
        EmptyPositions positions = new EmptyPositions(events, jdbc, NEXT_POSITION, false);
        positions.start();

        assertThat(positions.forgottenIn(GapAwareTrackingToken.newInstance(1001, List.of(3L, 700L, 1000L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(1001, List.of()));
    }

    @Test
    void beforeTheStart_thenNothingIsForgotten() {
        EmptyPositions positions = new EmptyPositions(events, jdbc, NEXT_POSITION, false);

        assertThat(positions.forgottenIn(GapAwareTrackingToken.newInstance(6, List.of(3L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(6, List.of(3L)));
    }

    @Test
    void givenSeveralNodes_thenNothingIsForgotten() {
        EmptyPositions positions = new EmptyPositions(events, jdbc, NEXT_POSITION, true);
        positions.start();

        assertThat(positions.forgottenIn(GapAwareTrackingToken.newInstance(6, List.of(3L))))
                .isEqualTo(GapAwareTrackingToken.newInstance(6, List.of(3L)));
    }
}

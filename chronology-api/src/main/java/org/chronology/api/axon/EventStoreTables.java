package org.chronology.api.axon;

import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the service reads of the event store's table beside Axon's own engine: counts and positions of entries.
 * An entry is an aggregate of type {@code Entry}, and its first event (sequence 0) is the one that records it.
 */
@Component
public class EventStoreTables {

    private final JdbcTemplate jdbc;

    /** On the service's database, or on any store's connection (a move reads the source and target stores). */
    public EventStoreTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The position of the newest entry event in the store, -1 for none. */
    public long lastEntryPosition() {
        return lastPosition(" WHERE type = 'Entry'");
    }

    /** The position of the newest event of any kind, -1 for none. */
    public long lastPosition() {
        return lastPosition("");
    }

    private long lastPosition(String where) {
        Long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry" + where, Long.class);
        return last == null ? -1 : last;
    }

    /** How many entries the store holds recorded at or before this position. */
    public long storedEntryCount(long upTo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry"
                + " WHERE type = 'Entry' AND sequenceNumber = 0 AND globalIndex <= ?", Long.class, upTo);
    }

    /** How many entries the store holds. */
    public long storedEntryCount() {
        return storedEntryCount(Long.MAX_VALUE);
    }

    /** How many events of any kind the store holds. */
    public long storedEventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
    }

    /** The identifier of the store's first event, which tells one store from another; none in an empty store. */
    public Optional<String> firstEventIdentifier() {
        return jdbc.query("SELECT eventIdentifier FROM DomainEventEntry ORDER BY globalIndex LIMIT 1",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty());
    }

    /** Which of these positions hold an event. */
    public Set<Long> storedPositions(Collection<Long> positions) {
        Set<Long> stored = new HashSet<>();
        InLists.query(jdbc, "SELECT globalIndex FROM DomainEventEntry WHERE globalIndex IN (%s)", positions,
                rs -> {
                    stored.add(rs.getLong(1));
                });
        return stored;
    }
}

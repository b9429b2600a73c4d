package org.chronology.api.axon;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.chronology.projections.sql.InLists;
import org.chronology.projections.timeline.StoredEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** The timeline's reads of the event store's table, for entries it writes ahead of its projection. */
@Component
class JdbcStoredEvents implements StoredEvents {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    JdbcStoredEvents(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public Map<String, Long> entryPositions(Collection<String> entryIds) {
        Map<String, Long> positions = new HashMap<>();
        InLists.query(jdbc, "SELECT aggregateIdentifier, globalIndex FROM DomainEventEntry WHERE sequenceNumber = 0"
                + " AND aggregateIdentifier IN (%s)", entryIds, rs -> {
                    positions.put(rs.getString(1), rs.getLong(2));
                });
        return positions;
    }

    @Override
    public Map<Long, Object> payloadsAt(Collection<Long> positions) {
        Map<Long, Object> payloads = new TreeMap<>();
        InLists.query(jdbc, "SELECT globalIndex, payloadType, payloadRevision, payload FROM DomainEventEntry"
                + " WHERE globalIndex IN (%s)", positions, rs -> {
                    payloads.put(rs.getLong(1), serializer.deserialize(new SimpleSerializedObject<>(
                            rs.getBytes(4), byte[].class, rs.getString(2), rs.getString(3))));
                });
        return payloads;
    }
}

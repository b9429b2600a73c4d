package org.chronology.api.axon;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The store's positions that will stay empty, where this process is the only writer (the embedded database): at
 * start no transaction is open, so a position below the next one the store gives (its identity's base,
 * {@code chronology.storage.next-position-query}; else the newest stored) that holds no event never will. A kill -9
 * leaves such positions (the identity cache's unused values, the positions of transactions it cut short), and
 * Axon's gap tracking waits for them for up to its gap timeout ({@link AxonConfiguration}). Each event a processor
 * reads carries its own copy of the gaps it waits for ({@link GapAwareTrackingToken}): after a dozen kills,
 * thousands of gaps times the thousands of events buffered ran a restarting service out of its heap, and so did a
 * replay reading through them (CrashIT). With several nodes another node's transaction may be open: nothing is
 * known to stay empty.
 */
@Component
public class EmptyPositions implements SmartLifecycle {

    private final EventStoreTables events;
    private final JdbcTemplate jdbc;
    private final String nextPositionQuery;
    private final boolean onlyWriter;
    /** Positions below this hold an event or never will; none before the start. */
    private volatile long settledBelow = -1;
    private volatile boolean running;

    EmptyPositions(EventStoreTables events, JdbcTemplate jdbc,
                   @Value("${chronology.storage.next-position-query:}") String nextPositionQuery,
                   @Value("${chronology.cluster.enabled:false}") boolean clustered) {
        this.events = events;
        this.jdbc = jdbc;
        this.nextPositionQuery = nextPositionQuery;
        this.onlyWriter = !clustered;
    }

    /** The token without the gaps known to stay empty; a gap filled since it was left is kept, to be read. */
    TrackingToken forgottenIn(TrackingToken token) {
        if (!(token instanceof GapAwareTrackingToken gapAware) || gapAware.getGaps().isEmpty()
                || gapAware.getGaps().first() >= settledBelow) {
            return token;
        }
        SortedSet<Long> settled = gapAware.getGaps().headSet(settledBelow);
        Set<Long> filled = events.storedPositions(settled);
        if (filled.size() == settled.size()) {
            return token;
        }
        SortedSet<Long> kept = new TreeSet<>(gapAware.getGaps().tailSet(settledBelow));
        kept.addAll(filled);
        return GapAwareTrackingToken.newInstance(gapAware.getIndex(), kept);
    }

    @Override
    public void start() {
        if (onlyWriter) {
            // The identity cache's values a kill left unused lie beyond the newest event stored.
            long next = nextPositionQuery.isBlank() ? 0 : jdbc.queryForObject(nextPositionQuery, Long.class);
            settledBelow = Math.max(next, events.lastPosition() + 1);
        }
        running = true;
    }

    /** What settled stays settled. */
    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before this process writes anything: before its writer (phase MAX_VALUE - 4096) and Axon start. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 8192;
    }
}

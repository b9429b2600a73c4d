package org.chronology.api.projection;

import jakarta.annotation.PreDestroy;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.chronology.api.axon.NodeName;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Shares the streaming projections' segments among the nodes on one database. Axon lets a node claim any
 * segment nobody holds, so the first node up takes them all, and the survivors take over a stopped node's
 * segments when its claims run out. This evens them out again: every node beats a heartbeat into
 * {@code cluster_node}, and a node holding more than its share of a projection's segments lets one go for a
 * while, for a node with fewer to claim.
 */
@Component
@ConditionalOnProperty(name = "chronology.cluster.enabled", havingValue = "true")
class SegmentBalancer {

    /** A node not seen for this long no longer counts (its claims run out after the token store's 10 s). */
    private static final Duration ALIVE = Duration.ofSeconds(15);
    /** Long enough for another node's processor (which looks every token-claim-interval) to claim what was let go. */
    private static final Duration RELEASE = Duration.ofSeconds(15);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final TokenPositions tokens;
    private final NodeName node;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, TokenPositions tokens, NodeName node) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.tokens = tokens;
        this.node = node;
    }

    @Scheduled(fixedDelayString = "${chronology.cluster.balance-interval:5000}")
    void balance() {
        beat();
        int nodes = Math.max(1, liveNodes());
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                int segments = tokens.of(name).size();
                int share = (segments + nodes - 1) / nodes;
                List<Integer> held = streaming.processingStatus().keySet().stream().sorted().toList();
                if (held.size() > share) {
                    streaming.releaseSegment(held.get(held.size() - 1), RELEASE.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        });
    }

    /** A node that stops cleanly leaves at once, so the others need not wait to count it out. */
    @PreDestroy
    void leave() {
        jdbc.update("DELETE FROM cluster_node WHERE node_id = ?", node.value());
    }

    private void beat() {
        if (jdbc.update("UPDATE cluster_node SET seen_at = CURRENT_TIMESTAMP WHERE node_id = ?", node.value()) == 0) {
            try {
                jdbc.update("INSERT INTO cluster_node (node_id, seen_at) VALUES (?, CURRENT_TIMESTAMP)", node.value());
            } catch (DuplicateKeyException alreadyThere) {
                // inserted by this node's previous life a moment ago: the next beat updates it
            }
        }
    }

    /** Nodes seen recently, judged by the database's clock so that the nodes' own clocks do not matter. */
    private int liveNodes() {
        return jdbc.query("SELECT seen_at, CURRENT_TIMESTAMP AS now FROM cluster_node", rs -> {
            int live = 0;
            while (rs.next()) {
                OffsetDateTime seen = rs.getObject("seen_at", OffsetDateTime.class);
                OffsetDateTime now = rs.getObject("now", OffsetDateTime.class);
                if (seen.isAfter(now.minus(ALIVE))) {
                    live++;
                }
            }
            return live;
        });
    }
}

package org.chronology.api.move;

import org.chronology.api.axon.AxonTables;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a move does with each table of the store. Tables that are written as events are recorded, rather than
 * rebuilt from the events, are copied; the read models are rebuilt on PostgreSQL by the projections; what
 * belongs to a running service (its projections' positions, its nodes, its leases) starts afresh. A table in the
 * source that is none of these stops the move: a migration that adds a table must say what a move does with it.
 */
final class MovedTables {

    /** A copied table, with the key it is copied in chunks by (in the source's order of that key). */
    record Table(String name, List<String> key) {
        /** A table keyed by one growing number: the target may hold more rows above the moved ones. */
        boolean growing() {
            return name.equals(AxonTables.EVENTS) || name.equals("access_audit");
        }
    }

    static final Table EVENTS = new Table(AxonTables.EVENTS, AxonTables.EVENTS_KEY);
    static final Table AUDIT = new Table("access_audit", List.of("audit_id"));

    static final List<Table> COPIED = List.of(
            EVENTS,
            new Table(AxonTables.SNAPSHOTS, AxonTables.SNAPSHOTS_KEY),
            // The used ids of each agency: an id is taken once, whatever the projections hold.
            new Table("entry_id_index", List.of("used_id")),
            new Table("agency", List.of("code")),
            new Table("api_token", List.of("token_id")),
            new Table("review", List.of("review_id")),
            new Table("review_child", List.of("review_id", "child_id")),
            new Table("access_grant", List.of("grant_id")),
            // The review workspace: written as the reviewers' events are, like the reviews themselves.
            new Table("review_note", List.of("note_id")),
            new Table("reviewer_finding", List.of("finding_id")),
            new Table("finding_triage", List.of("review_id", "finding_key")),
            new Table("row_decision", List.of("review_id", "seq")),
            // Alerts: raised once per entry (the judge's position is not moved), subscriptions, the allow-list
            // and the outbox of deliveries still to make.
            new Table("alert", List.of("alert_id")),
            new Table("alert_subscription", List.of("subscription_id")),
            new Table("webhook_host", List.of("host")),
            new Table("alert_delivery", List.of("delivery_id")),
            AUDIT);

    /** Read models: the timeline and turnover projections rebuild them, and the findings refresher the findings. */
    static final Set<String> REBUILT = Set.of("timeline_entry", "timeline_person", "timeline_revision",
            "timeline_knowledge", "worker_event", "finding", "finding_agency", "finding_mark");

    /**
     * A running service's own: projection positions (with none, PostgreSQL's projections start at the first
     * event), parked events (parked again by the rebuild if they still fail), nodes and leases, the schema history
     * (Flyway writes PostgreSQL's own) and a move's marker.
     */
    static final Set<String> NOT_MOVED = Set.of(AxonTables.TOKENS.toLowerCase(Locale.ROOT),
            AxonTables.DEAD_LETTERS.toLowerCase(Locale.ROOT), "cluster_node", "job_lease", "flyway_schema_history",
            Marker.TABLE);

    private MovedTables() {
    }

    /** Refuses a store holding a table this move does not know. */
    static void requireKnown(List<String> tables) {
        for (String table : tables) {
            String name = table.toLowerCase(Locale.ROOT);
            boolean known = NOT_MOVED.contains(name) || REBUILT.contains(name)
                    || COPIED.stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
            if (!known) {
                throw new MoveCommand.Refused("the H2 store has a table " + table
                        + " that the move neither copies nor rebuilds (see MovedTables)");
            }
        }
    }
}

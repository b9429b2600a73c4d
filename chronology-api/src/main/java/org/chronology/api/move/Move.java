package org.chronology.api.move;

import org.chronology.api.axon.EventStoreTables;
import org.chronology.projections.gaps.FindingsRefresher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The move itself: checks both sides, creates the schema on PostgreSQL, copies every table that is not rebuilt
 * from the events (the events first), and moves the target's identity sequences past the copied ids. The read
 * models are not copied: the service rebuilds them on its first start on the target, as its projections find no
 * positions there and start from the first event, and then judges every child's findings again.
 */
final class Move {

    private final MoveOptions options;
    private final PrintStream out;

    Move(MoveOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() throws SQLException {
        long start = System.nanoTime();
        try (Connection source = Stores.source(options.sourceDataDir()); Connection target = Stores.target(options)) {
            target.setAutoCommit(false);
            MovedTables.requireKnown(TargetDatabase.tables(source));
            TargetDatabase database = new TargetDatabase(target, options);
            database.prepare(identity(source), out);
            requireSameSchemaVersion(source, target);
            for (MovedTables.Table table : MovedTables.COPIED) {
                new TableCopy(source, target, table, database.marker(), out).run();
            }
            database.resetSequences();
            judgeEveryoneOnceRebuilt(target);
            database.marker().note(Marker.STORE, identity(source), count(source), true);
            target.commit();
        }
        out.printf("Moved in %.0f s. Start the service on the target (postgres profile): its projections rebuild the"
                + " read models from the events, and the findings refresher judges every child again.%n",
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * The service's projections treat a first run over a store's history as a replay, whose events mark no one
     * for the findings refresher: the mark a replay's reset leaves asks it to judge everyone on the rebuilt
     * timeline once the timeline has caught up.
     */
    private static void judgeEveryoneOnceRebuilt(Connection target) throws SQLException {
        try (PreparedStatement mark = target.prepareStatement("INSERT INTO finding_mark (person_id, position) VALUES (?, 0)")) {
            mark.setString(1, FindingsRefresher.EVERYONE);
            mark.executeUpdate();
        }
    }

    /** The store's first event: which store a half-finished move on the target came from. */
    private static String identity(Connection source) {
        return events(source).firstEventIdentifier().orElse("(a store without events)");
    }

    private static long count(Connection source) {
        return events(source).storedEventCount();
    }

    private static EventStoreTables events(Connection source) {
        return new EventStoreTables(new JdbcTemplate(new SingleConnectionDataSource(source, true)));
    }

    /**
     * A store last run by an older service lacks the newer migrations, which the target gets from this jar: the
     * service must migrate it first. The newest versions are compared: per-database migrations that are not in
     * pairs (db/vendor/h2's V3 and V111) are older than the shared ones.
     */
    private static void requireSameSchemaVersion(Connection source, Connection target) throws SQLException {
        int from = schemaVersion(source);
        int to = schemaVersion(target);
        if (from != to) {
            throw new MoveCommand.Refused("the H2 store's schema is at version " + from + " and this jar's at " + to
                    + ": start this version of the service once on the H2 store, stop it, and move again");
        }
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        int newest = 0;
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            while (rs.next()) {
                newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
            }
        }
        return newest;
    }
}

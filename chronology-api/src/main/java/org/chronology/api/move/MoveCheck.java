package org.chronology.api.move;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Compares the H2 store with the PostgreSQL one: every copied table's rows and digest, the events by type and by
 * agency, and (once the service has rebuilt them on PostgreSQL) every child's timeline, "as known to" view,
 * turnover and findings. Events and audit rows the target has recorded since the move are counted, not compared.
 */
final class MoveCheck {

    private final MoveOptions options;
    private final PrintStream out;

    MoveCheck(MoveOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    boolean run(boolean readModels) throws SQLException {
        try (Connection source = Stores.source(options.sourceDataDir()); Connection target = Stores.target(options)) {
            Verdict verdict = new Verdict(out);
            verdict.section("Stored events and lookup tables (H2 " + options.sourceDataDir() + ", PostgreSQL "
                    + options.targetUrl() + "):");
            for (MovedTables.Table table : MovedTables.COPIED) {
                compare(source, target, table, verdict);
            }
            if (!readModels) {
                verdict.note("read models: compared by --check-move once the service has rebuilt them on PostgreSQL");
                return verdict.conclude("every event and lookup row of the H2 store is on PostgreSQL unchanged");
            }
            verdict.section("Read models (the target's as the service rebuilt them):");
            new ReadModelComparison(source, target, verdict).run();
            return verdict.conclude("the PostgreSQL store holds every event and lookup row of the H2 store unchanged,"
                    + " and its read models answer as the H2 store's did");
        }
    }

    private void compare(Connection source, Connection target, MovedTables.Table table, Verdict verdict)
            throws SQLException {
        List<String> columns = TableCopy.names(source, table.name());
        Long upTo = table.growing() ? newest(source, table) : null;
        TableDigest moved = TableDigest.of(source, table, columns, upTo);
        TableDigest there = TableDigest.of(target, table, columns, upTo);
        verdict.compare(table.name() + " rows", moved.rows(), there.rows());
        verdict.compare(table.name() + " digest", moved.digest(), there.digest());
        if (table.equals(MovedTables.EVENTS)) {
            verdict.compare("events by type", moved.byType(), there.byType());
            verdict.compare("entries by recording agency", moved.byAgency(), there.byAgency());
        }
        if (table.growing()) {
            long since = rows(target, table) - there.rows();
            if (since > 0) {
                verdict.note(String.format("%s: %,d rows recorded on PostgreSQL since the move", table.name(), since));
            }
        }
    }

    private static long newest(Connection connection, MovedTables.Table table) throws SQLException {
        return single(connection, "SELECT COALESCE(MAX(" + table.key().get(0) + "), -1) FROM " + table.name());
    }

    private static long rows(Connection connection, MovedTables.Table table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + table.name());
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

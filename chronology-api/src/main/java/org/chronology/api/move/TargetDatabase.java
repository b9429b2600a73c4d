package org.chronology.api.move;

import org.flywaydb.core.Flyway;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The PostgreSQL side of a move: whether it may be moved into, its schema, and its sequences afterwards. */
final class TargetDatabase {

    private final Connection target;
    private final MoveOptions options;
    private final Marker marker;

    TargetDatabase(Connection target, MoveOptions options) {
        this.target = target;
        this.options = options;
        this.marker = new Marker(target);
    }

    Marker marker() {
        return marker;
    }

    /**
     * Refuses a database that holds anything (a freshly migrated schema with no rows counts as empty) unless it
     * holds an unfinished move of this same store, then creates the schema with the service's own migrations.
     */
    void prepare(String sourceIdentity, PrintStream out) throws SQLException {
        List<String> tables = tables(target);
        if (tables.contains(Marker.TABLE)) {
            Marker.State store = marker.of(Marker.STORE);
            if (!sourceIdentity.equals(store.lastKey())) {
                throw new MoveCommand.Refused("the target holds a move from another H2 store");
            }
            if (store.done()) {
                throw new MoveCommand.Refused("this store was moved here already (" + store.notedAt()
                        + "); run --check-move to compare the two");
            }
            out.println("Resuming the move begun on this target");
        } else {
            for (String table : tables) {
                if (!table.equals("flyway_schema_history") && hasRows(table)) {
                    throw new MoveCommand.Refused("the target database is not empty: table " + table + " has rows");
                }
            }
        }
        migrate(out);
        marker.create();
        if (!tables.contains(Marker.TABLE)) {
            marker.note(Marker.STORE, sourceIdentity, 0, false);
        }
        target.commit();
    }

    /**
     * The postgres profile's migrations, as the service's own Flyway would run them: the same locations, with
     * db/vendor/{vendor} resolved for PostgreSQL (application.yml, spring.flyway.locations).
     */
    private void migrate(PrintStream out) {
        var result = Flyway.configure().dataSource(options.targetUrl(), options.targetUser(), options.targetPassword())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .validateOnMigrate(true).load().migrate();
        out.println(result.migrationsExecuted == 0 ? "Schema on the target: created before"
                : "Schema on the target: " + result.migrationsExecuted + " migrations applied, now at version "
                + result.targetSchemaVersion);
    }

    /**
     * Identity columns continue after the copied ids: the next event stored on PostgreSQL comes after every moved
     * one in the store's order, and the next audit row gets a fresh id.
     */
    void resetSequences() throws SQLException {
        for (MovedTables.Table table : MovedTables.COPIED) {
            List<String> identities = new ArrayList<>();
            try (Statement statement = target.createStatement(); ResultSet rs = statement.executeQuery(
                    "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema()"
                            + " AND is_identity = 'YES' AND table_name = '" + table.name().toLowerCase() + "'")) {
                while (rs.next()) {
                    identities.add(rs.getString(1));
                }
            }
            for (String column : identities) {
                try (Statement statement = target.createStatement()) {
                    statement.execute("SELECT setval(pg_get_serial_sequence('" + table.name().toLowerCase() + "', '"
                            + column + "'), MAX(" + column + ")) FROM " + table.name() + " HAVING MAX(" + column
                            + ") IS NOT NULL");
                }
            }
        }
        target.commit();
    }

    /** The tables of the connection's schema, as the database names them. */
    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private boolean hasRows(String table) throws SQLException {
        try (Statement statement = target.createStatement();
             ResultSet rs = statement.executeQuery("SELECT 1 FROM \"" + table + "\" LIMIT 1")) {
            return rs.next();
        }
    }
}

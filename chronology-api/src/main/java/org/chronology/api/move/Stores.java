package org.chronology.api.move;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Connections to the two stores. */
final class Stores {

    private Stores() {
    }

    /**
     * The H2 store, read-only. H2 locks its file for as long as a process has it open, exclusively when it may
     * write (the service) and shared when it only reads: opening it here fails while the service runs, and the
     * service cannot start on it while it is being moved. Read-only also means the move cannot change the source.
     */
    static Connection source(Path dataDir) throws SQLException {
        Path file = dataDir.resolve("chronology.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new MoveCommand.Refused("no H2 store at " + file.toAbsolutePath());
        }
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("chronology")
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try {
            return DriverManager.getConnection(url, "chronology", "");
        } catch (SQLException e) {
            if (e.getMessage().contains("already in use") || e.getMessage().contains("locked")) {
                throw new MoveCommand.Refused("the H2 store at " + file.toAbsolutePath()
                        + " is in use: stop the service first (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            throw e;
        }
    }

    /** The PostgreSQL database, with the service's own batching: one round trip per batch of inserts. */
    static Connection target(MoveOptions options) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.targetUser());
        properties.setProperty("password", options.targetPassword());
        properties.setProperty("reWriteBatchedInserts", "true");
        return DriverManager.getConnection(options.targetUrl(), properties);
    }
}

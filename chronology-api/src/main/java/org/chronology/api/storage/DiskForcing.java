package org.chronology.api.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forces committed writes to disk before the {@link Writer} acknowledges them, with the statement the database
 * needs for it ({@code chronology.storage.force-statement}): H2 writes its store on commit but syncs the file only
 * on close or checkpoint, so it is told {@code CHECKPOINT SYNC}; a PostgreSQL commit is on disk already (fsync and
 * synchronous_commit on, its defaults), so it is told nothing.
 */
@Component
class DiskForcing {

    private final JdbcTemplate jdbc;
    private final String statement;

    DiskForcing(JdbcTemplate jdbc, @Value("${chronology.storage.force-statement:}") String statement) {
        this.jdbc = jdbc;
        this.statement = statement;
    }

    void force() {
        if (!statement.isBlank()) {
            jdbc.execute(statement);
        }
    }
}

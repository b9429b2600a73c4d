package org.chronology.projections.gaps;

import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.projections.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The background re-judging of marked children, against an in-memory database. */
class FindingsRefresherTest {

    private JdbcTemplate jdbc;
    private FindingsRefresher refresher;
    private boolean rebuilding;

    @BeforeEach
    void setUp() {
        DataSource dataSource = ReadModelDatabase.migrated();
        jdbc = new JdbcTemplate(dataSource);
        refresher = new FindingsRefresher(jdbc, new CaseFiles(jdbc, new JdbcAgencyDirectory(jdbc)),
                new GapEngine(List.of(), Map.of()), new TransactionTemplate(new JdbcTransactionManager(dataSource)),
                Clock.systemUTC(), () -> rebuilding);
        // What the timeline projection leaves for the refresher: the child's row and a mark on it.
        jdbc.update("INSERT INTO timeline_person (person_id, entry_id, is_child) VALUES ('C1', 'HV:V-1', TRUE)");
        jdbc.update("INSERT INTO finding_mark (person_id, position) VALUES ('C1', 0)");
    }

    @Test
    void judgesEachMarkedChildOnceAndClearsTheMarks() {
        assertThat(refresher.refreshMarked()).isEqualTo(1);
        assertThat(marks()).isZero();
        assertThat(refresher.refreshMarked()).isZero();
    }

    @Test
    void waitsWhileTheTimelineIsRebuiltAndKeepsTheMarksForAfterwards() {
        rebuilding = true;
        assertThat(refresher.refreshMarked()).isZero();
        assertThat(marks()).isOne();

        rebuilding = false;
        assertThat(refresher.refreshMarked()).isEqualTo(1);
        assertThat(marks()).isZero();
    }

    private long marks() {
        return refresher.pendingMarks();
    }
}

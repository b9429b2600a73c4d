package org.chronology.api.ingest;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.chronology.core.api.event.EntryCorrected;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EntryRecorded;
import org.chronology.core.api.event.EntryRetracted;
import org.chronology.core.entry.EntryIndex;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The used-id lookup table. Its handlers run in a subscribing processor, inside the recording transaction,
 * so the table never disagrees with the event store. A batch's ids are inserted with one batched statement when
 * the processor's unit of work commits: one insert per event took 9% of the request threads' CPU in a profiled
 * bulk load.
 */
@Component
@ProcessingGroup("entry-index")
class JdbcEntryIndex implements EntryIndex {

    private static final String PENDING = JdbcEntryIndex.class.getName() + ".pending";

    private final JdbcTemplate jdbc;

    JdbcEntryIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, UsedId> find(Collection<String> candidates) {
        Map<String, UsedId> found = new HashMap<>();
        InLists.query(jdbc, "SELECT used_id, entry_id FROM entry_id_index WHERE used_id IN (%s)", candidates, rs -> {
            String usedId = rs.getString(1);
            int split = usedId.indexOf(':');
            found.put(usedId, new UsedId(usedId.substring(0, split), usedId.substring(split + 1), rs.getString(2)));
        });
        return found;
    }

    @EventHandler
    void on(EntryRecorded event) {
        use(event.entry(), event.entry().entryId());
    }

    @EventHandler
    void on(EntryCorrected event) {
        use(event.correction(), event.entryId());
    }

    @EventHandler
    void on(EntryRetracted event) {
        use(event.retraction(), event.entryId());
    }

    private void use(EntryHeader header, String entryId) {
        Object[] row = {header.entryId(), entryId};
        if (!CurrentUnitOfWork.isStarted()) {
            insert(List.<Object[]>of(row));
            return;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Object[]> rows = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> insert(rows));
            return rows;
        }).add(row);
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO entry_id_index (used_id, entry_id) VALUES (?, ?)", rows);
    }
}

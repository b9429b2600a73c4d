package org.chronology.core.api.command;

import java.util.List;

/**
 * Record many entries in one unit of work; each gets its own {@link EntryOutcome}, in order.
 *
 * @param checkStore look up in the event store every id the used-id index does not know, rather than trust
 *                   the index: for a batch sent again after its first attempt failed on an id already stored
 */
public record RecordEntries(List<EntryCommand> commands, boolean checkStore) {

    public RecordEntries {
        commands = List.copyOf(commands);
    }
}

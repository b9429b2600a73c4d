package org.chronology.core.api.command;

import java.util.List;

/** Record many entries in one unit of work; each gets its own {@link EntryOutcome}, in order. */
public record RecordEntries(List<EntryCommand> commands) {

    public RecordEntries {
        commands = List.copyOf(commands);
    }
}

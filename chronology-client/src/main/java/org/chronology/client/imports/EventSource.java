package org.chronology.client.imports;

import java.io.IOException;
import java.util.function.Consumer;

/** An input file read as candidate events, in file order, without holding the whole file in memory. */
public interface EventSource {

    /** @throws InputProblem when the file as a whole cannot be read (no header, not CSV) */
    void read(Consumer<Candidate> sink) throws IOException;
}

package org.chronology.client.imports;

import java.io.IOException;

/** A file that cannot be imported at all, such as a CSV whose header names no known columns. */
public final class InputProblem extends IOException {

    public InputProblem(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }
}

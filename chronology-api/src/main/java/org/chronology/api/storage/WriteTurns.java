package org.chronology.api.storage;

/**
 * Marks short writes that a person is waiting on, such as the audit record of a read, so that on the embedded
 * database they take the write turn ahead of bulk writers already queued for it ({@link OneWriterAtATime}).
 * Without it a reviewer's read during a bulk load waited for every queued 1,000-event batch (up to 1.4 s in a
 * profiled benchmark). Elsewhere (PostgreSQL) writes take no turns and the mark changes nothing.
 */
public final class WriteTurns {

    private static final ThreadLocal<Boolean> FIRST_IN_LINE = ThreadLocal.withInitial(() -> false);

    private WriteTurns() {
    }

    public static void firstInLine(Runnable work) {
        boolean outer = FIRST_IN_LINE.get();
        FIRST_IN_LINE.set(true);
        try {
            work.run();
        } finally {
            FIRST_IN_LINE.set(outer);
        }
    }

    static boolean isFirstInLine() {
        return FIRST_IN_LINE.get();
    }
}

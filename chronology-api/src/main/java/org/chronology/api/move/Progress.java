package org.chronology.api.move;

import java.io.PrintStream;

/** Reports how far the copy of the events has gone, every few seconds: copied / total and the rate. */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private final long startCopied;
    private long copied;
    private long reported = start;

    Progress(PrintStream out, String what, long alreadyCopied, long total) {
        this.out = out;
        this.what = what;
        this.total = total;
        this.startCopied = alreadyCopied;
        this.copied = alreadyCopied;
    }

    void copied(long rows) {
        copied += rows;
        long now = System.nanoTime();
        if (now - reported >= EVERY_NANOS) {
            reported = now;
            print(now);
        }
    }

    void finished() {
        print(System.nanoTime());
    }

    private void print(long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        out.printf("%s %,d / %,d (%d%%), %,.0f/s, %.0f s%n", what, copied, total,
                total == 0 ? 100 : copied * 100 / total, (copied - startCopied) / seconds, seconds);
        out.flush();
    }
}

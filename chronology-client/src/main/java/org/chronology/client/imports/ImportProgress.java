package org.chronology.client.imports;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far an import has got: a redrawn bar with rate and time left on a terminal, or a plain line
 * every few seconds when the output goes to a file or a pipe (a log should not fill with bar redraws).
 */
public abstract class ImportProgress {

    private final LongSupplier nanoClock;
    private long total;
    private long started;

    ImportProgress(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** No output at all. */
    public static ImportProgress none() {
        return new ImportProgress(System::nanoTime) {
            @Override
            void show(long done, boolean last) {
            }
        };
    }

    public static ImportProgress bar(PrintWriter out) {
        return new Bar(out, System::nanoTime);
    }

    public static ImportProgress lines(PrintWriter out, Duration every) {
        return new Lines(out, System::nanoTime, every.toNanos());
    }

    void start(long totalEvents) {
        this.total = totalEvents;
        this.started = nanoClock.getAsLong();
        show(0, false);
    }

    void advance(long done) {
        show(done, false);
    }

    void finish(long done) {
        show(done, true);
    }

    abstract void show(long done, boolean last);

    long elapsedNanos() {
        return nanoClock.getAsLong() - started;
    }

    /** {@code 1,200/5,000 events (24%), 310/s, 0:12 left} */
    String status(long done) {
        double seconds = elapsedNanos() / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && done < total ? clock((long) ((total - done) / rate)) + " left" : "--:-- left";
        return String.format(Locale.ROOT, "%,d/%,d events (%d%%), %,.0f/s, %s", done, total, percent(done), rate,
                done >= total ? "done in " + clock((long) seconds) : left);
    }

    int percent(long done) {
        return total == 0 ? 100 : (int) (100 * done / total);
    }

    static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    static final class Bar extends ImportProgress {

        private static final int WIDTH = 30;
        private final PrintWriter out;

        Bar(PrintWriter out, LongSupplier nanoClock) {
            super(nanoClock);
            this.out = out;
        }

        @Override
        void show(long done, boolean last) {
            int filled = percent(done) * WIDTH / 100;
            out.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + status(done) + "   ");
            if (last) {
                out.println();
            }
            out.flush();
        }
    }

    static final class Lines extends ImportProgress {

        private final PrintWriter out;
        private final long everyNanos;
        private long shownAt = Long.MIN_VALUE;

        Lines(PrintWriter out, LongSupplier nanoClock, long everyNanos) {
            super(nanoClock);
            this.out = out;
            this.everyNanos = everyNanos;
        }

        @Override
        void show(long done, boolean last) {
            long now = elapsedNanos();
            if (last || shownAt == Long.MIN_VALUE || now - shownAt >= everyNanos) {
                shownAt = now;
                out.println(status(done));
                out.flush();
            }
        }
    }
}

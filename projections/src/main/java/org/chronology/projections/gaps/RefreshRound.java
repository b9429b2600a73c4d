package org.chronology.projections.gaps;

import java.util.function.LongSupplier;

/**
 * The round of children the findings refresher is judging, for those who watch its progress. The round's marks
 * are cleared only once all its children are stored, so a round of a thousand children would otherwise show no
 * progress until it ends: until then, the share of its marks counted as judged is the share of its children stored.
 */
final class RefreshRound {

    private long marks;
    private int children;
    private int stored;

    synchronized void start(long marks, int children) {
        this.marks = marks;
        this.children = children;
        this.stored = 0;
    }

    synchronized void stored(int more) {
        stored += more;
    }

    /** Runs {@code clearMarks} (nothing, if the round failed) and ends the round, out of {@link #left}'s way. */
    synchronized void end(Runnable clearMarks) {
        try {
            clearMarks.run();
        } finally {
            start(0, 0);
        }
    }

    /** Of the marks {@code pending} counts, those not judged yet: counted between rounds or while one is judged. */
    synchronized long left(LongSupplier pending) {
        long judged = children == 0 ? 0 : marks * stored / children;
        return Math.max(0, pending.getAsLong() - judged);
    }
}

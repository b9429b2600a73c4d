package org.chronology.api.projection;

import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How far long background work has got (a replay, a projection catching up after a bulk load, the findings
 * re-judged after one) and about how long it has left, from the rate of the last minute's progress as seen by
 * whoever asks (the admin page and the CLI ask every few seconds while it runs).
 */
@Component
class Estimates {

    private static final long WINDOW_NANOS = 60_000_000_000L;
    /** No estimate before a hundredth of the work has been seen done. */
    private static final long MIN_SHARE = 100;

    /** {@code processed} of {@code total}; {@code etaSeconds} is null when done or not yet moving (by 1%). */
    record Advance(long processed, long total, Long etaSeconds) {
    }

    private record Sample(long nanos, long processed) {
    }

    private final LongSupplier nanoClock;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();
    /** Per work counted down, the most that was left since it was last done: its total. */
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();

    Estimates() {
        this(System::nanoTime);
    }

    Estimates(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Work counted up: {@code processed} of {@code total}. */
    Advance of(String work, long processed, long total) {
        long now = nanoClock.getAsLong();
        Deque<Sample> recent = samples.computeIfAbsent(work, w -> new ArrayDeque<>());
        synchronized (recent) {
            if (processed >= total || (!recent.isEmpty() && (processed < recent.peekLast().processed()
                    || processed == recent.peekFirst().processed()))) {
                // Done, started again (a replay) or not started yet (the findings wait for the timeline): earlier
                // samples say nothing of the rate now.
                recent.clear();
            }
            recent.addLast(new Sample(now, processed));
            while (recent.size() > 2 && now - recent.peekFirst().nanos() > WINDOW_NANOS) {
                recent.removeFirst();
            }
            Sample first = recent.peekFirst();
            long done = processed - first.processed();
            // The first event or two of a replay say nothing of its rate: 1 of 24,000 in a second is not 7 hours.
            boolean moving = done > 0 && done * MIN_SHARE >= total;
            long nanosLeft = moving ? (total - processed) * (now - first.nanos()) / done : -1;
            return new Advance(processed, total, nanosLeft < 0 || processed >= total ? null
                    : (nanosLeft + 999_999_999L) / 1_000_000_000L);
        }
    }

    /** Work counted down (marks left to judge): its total is the most that was left since it was last done. */
    Advance left(String work, long left) {
        long total = left == 0 ? 0 : peaks.merge(work, left, Math::max);
        if (left == 0) {
            peaks.remove(work);
        }
        return of(work, total - left, total);
    }
}

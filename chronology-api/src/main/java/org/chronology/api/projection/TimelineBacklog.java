package org.chronology.api.projection;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * One node: per child, where the store holds the new entries about the child that the timeline projection had
 * yet to write when they were acknowledged. Arrays of longs rather than sets of boxed ones: a bulk load leaves
 * hundreds of thousands of them at a time.
 */
final class TimelineBacklog {

    private static final long[] NONE = {};

    /** Per child, a count followed by that many positions. */
    private final Map<String, long[]> children = new HashMap<>();
    private long size;

    synchronized void add(String child, long position) {
        long[] held = children.get(child);
        if (held == null) {
            held = new long[4];
        } else if (held[0] + 1 == held.length) {
            held = Arrays.copyOf(held, held.length * 2);
        }
        held[(int) ++held[0]] = position;
        children.put(child, held);
        size++;
    }

    /** These children's positions after {@code written}, forgetting theirs up to it. */
    synchronized long[] after(Collection<String> childIds, long written) {
        long[] found = NONE;
        for (String child : childIds) {
            long[] held = keep(child, position -> position > written);
            if (held != null) {
                int start = found.length;
                found = Arrays.copyOf(found, start + (int) held[0]);
                System.arraycopy(held, 1, found, start, (int) held[0]);
            }
        }
        return found;
    }

    /** Forgets these positions of these children: their entries are on the timeline now. */
    synchronized void written(Collection<String> childIds, long[] positions) {
        long[] sorted = positions.clone();
        Arrays.sort(sorted);
        childIds.forEach(child -> keep(child, position -> Arrays.binarySearch(sorted, position) < 0));
    }

    /** Forgets every child's positions up to {@code written}. */
    synchronized void forgetUpTo(long written) {
        for (String child : children.keySet().toArray(String[]::new)) {
            keep(child, position -> position > written);
        }
    }

    /** Forgets everything, returning the last position it held (-1 if none). */
    synchronized long clear() {
        long last = -1;
        for (long[] held : children.values()) {
            for (int i = 1; i <= held[0]; i++) {
                last = Math.max(last, held[i]);
            }
        }
        children.clear();
        size = 0;
        return last;
    }

    synchronized long size() {
        return size;
    }

    /** Keeps the child's positions that pass {@code kept}; returns what is left, or null if nothing is. */
    private long[] keep(String child, LongPredicate kept) {
        long[] held = children.get(child);
        if (held == null) {
            return null;
        }
        int left = 0;
        for (int i = 1; i <= held[0]; i++) {
            if (kept.test(held[i])) {
                held[++left] = held[i];
            }
        }
        size -= held[0] - left;
        held[0] = left;
        if (left == 0) {
            children.remove(child);
            return null;
        }
        return held;
    }
}

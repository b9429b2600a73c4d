package org.chronology.api.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * This node's one writer, the design of dedicated event stores: requests hand it their work, and it records
 * whatever is waiting in one transaction, forces that to disk ({@link DiskForcing}), journals it ({@link Journal})
 * and only then answers them all. A request is acknowledged once its events are on disk, and a burst of small posts costs one commit and
 * one forcing rather than one each. Work a person waits on (the audit of a read) goes ahead of bulk batches.
 * When a group fails, each of its pieces of work is run again alone, so one bad batch fails only its sender.
 */
@Component
public class Writer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Writer.class);
    /**
     * Commands per transaction: two of the largest batches, about a third of a second of work. Whatever waits for
     * the database meanwhile (a read's audit, an alert) waits for at most one such group; groups of 5,000 held
     * alerts up to a second during a bulk load, and larger groups saved little more once a commit's forcing is
     * shared by a thousand events.
     */
    private static final int MAX_GROUP_SIZE = 2_000;
    private static final int TRANSACTION_TIMEOUT_SECONDS = 60;

    private final TransactionTemplate transactions;
    private final DiskForcing disk;
    private final Journal journal;
    /** Urgent work joins at the head, bulk work at the tail: one queue, so that either wakes the writer at once. */
    private final BlockingDeque<Work<?>> queue = new LinkedBlockingDeque<>();
    private volatile boolean running;
    private volatile Thread thread;

    Writer(PlatformTransactionManager transactionManager, DiskForcing disk, Journal journal) {
        this.journal = journal;
        this.transactions = new TransactionTemplate(transactionManager);
        // Bounds a group's transaction, so the positions it leaves open are waited for (AxonConfiguration).
        this.transactions.setTimeout(TRANSACTION_TIMEOUT_SECONDS);
        this.disk = disk;
    }

    /** Runs {@code work} in the writer's next transaction; returns its result once it is on disk. */
    public <T> T write(int size, Supplier<T> work) {
        return submit(false, size, null, work);
    }

    /**
     * As {@link #write(int, Supplier)}, with
     * {@code journalled} (what the work records, to record again should the store lose it) in the {@link Journal}.
     */
    public <T> T write(int size, byte[] journalled, Supplier<T> work) {
        return submit(false, size, journalled, work);
    }

    /** As {@link #write}, ahead of the bulk work waiting: a short write a person is waiting for. */
    public void writeFirst(Runnable work) {
        submit(true, 1, null, () -> {
            work.run();
            return null;
        });
    }

    private <T> T submit(boolean urgent, int size, byte[] journalled, Supplier<T> work) {
        if (Thread.currentThread() == thread) {
            return work.get(); // already inside the writer's transaction
        }
        Work<T> pending = new Work<>(size, journalled, work, new CompletableFuture<>());
        if (urgent) {
            queue.addFirst(pending);
        } else {
            queue.addLast(pending);
        }
        try {
            return pending.done().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void run() {
        while (running) {
            List<Work<?>> group = nextGroup();
            if (!group.isEmpty()) {
                write(group);
            }
        }
        List<Work<?>> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(work -> work.done().completeExceptionally(new IllegalStateException("the service is stopping")));
    }

    private List<Work<?>> nextGroup() {
        List<Work<?>> group = new ArrayList<>();
        Work<?> first;
        try {
            first = queue.pollFirst(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return group;
        }
        if (first == null) {
            return group;
        }
        group.add(first);
        int size = first.size();
        for (Work<?> next; size < MAX_GROUP_SIZE && (next = queue.pollFirst()) != null; size += next.size()) {
            group.add(next);
        }
        return group;
    }

    private void write(List<Work<?>> group) {
        List<Object> results;
        try {
            results = transactions.execute(status -> group.stream().map(work -> (Object) work.work().get()).toList());
        } catch (RuntimeException | Error failed) {
            if (group.size() == 1) {
                group.get(0).done().completeExceptionally(failed);
            } else {
                log.debug("A group of {} writes failed; writing each alone", group.size(), failed);
                group.forEach(work -> write(List.of(work)));
            }
            return;
        }
        try {
            disk.force();
            journal.append(group.stream().map(Work::journalled).filter(Objects::nonNull).toList());
        } catch (RuntimeException | Error failed) {
            // Committed but perhaps not on disk: no acknowledgement; a resend finds what was stored.
            log.error("Could not force {} committed writes to disk", group.size(), failed);
            group.forEach(work -> work.done().completeExceptionally(failed));
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).complete(results.get(i));
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::run, "writer");
        thread.start();
    }

    /** Finishes the group in hand; never interrupts it (an interrupted file channel closes H2's store). */
    @Override
    public void stop() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started before the web server takes requests, stopped after it has finished them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }

    private record Work<T>(int size, byte[] journalled, Supplier<T> work, CompletableFuture<T> done) {
        @SuppressWarnings("unchecked")
        void complete(Object result) {
            done.complete((T) result);
        }
    }
}

package org.chronology.api.storage;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * H2's files as they are, seen through {@code jdbc:h2:forcewatch:...}: counts each forcing of a file to disk and,
 * while held, keeps every forcing waiting, so a test sees what the service does before its data is on disk.
 * Public, as H2 makes each path's instance by reflection.
 */
public final class ForceWatchingFiles extends FilePathWrapper {

    private static final AtomicInteger FORCED = new AtomicInteger();
    private static final AtomicInteger WAITING = new AtomicInteger();
    private static volatile Semaphore gate;

    public ForceWatchingFiles() {
    }

    static void register() {
        FilePath.register(new ForceWatchingFiles());
    }

    static int forced() {
        return FORCED.get();
    }

    static void hold() {
        gate = new Semaphore(0);
    }

    static boolean awaitWaitingForce(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        while (WAITING.get() == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(10);
        }
        return WAITING.get() > 0;
    }

    static void release() {
        Semaphore held = gate;
        gate = null;
        held.release(Integer.MAX_VALUE / 2);
    }

    @Override
    public String getScheme() {
        return "forcewatch";
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Watched(getBase().open(mode));
    }

    private static final class Watched extends FileBase {

        private final FileChannel base;

        Watched(FileChannel base) {
            this.base = base;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            Semaphore held = gate;
            if (held != null) {
                WAITING.incrementAndGet();
                try {
                    held.tryAcquire(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    WAITING.decrementAndGet();
                }
            }
            base.force(metaData);
            FORCED.incrementAndGet();
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return base.write(src, position);
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}

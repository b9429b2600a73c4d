package org.chronology.api.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * What the {@link Writer} acknowledged lately, appended and forced to disk before the acknowledgement leaves, and
 * read back at start ({@code chronology.storage.journal}, on for H2). H2 was seen to come back from a kill -9
 * without a batch it had committed and forced just before (its recovery picks an older set of chunks); the
 * journal gives such a batch back. Two files of at most {@code journal-file-bytes} each: the current one and the
 * one before, so at least that much of the latest work is always kept. A record is its length, a CRC32 and the
 * bytes; reading stops at the first torn or damaged record of a file (the one being written when stopped).
 */
@Component
public class Journal {

    private static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;

    private final boolean enabled;
    private final Path current;
    private final Path previous;
    private final long fileBytes;
    private FileChannel channel;

    public Journal(@Value("${chronology.data-dir}") Path dataDir,
            @Value("${chronology.storage.journal:false}") boolean enabled,
            @Value("${chronology.storage.journal-file-bytes:8388608}") long fileBytes) {
        this.enabled = enabled;
        this.current = dataDir.resolve("journal").resolve("current.log");
        this.previous = dataDir.resolve("journal").resolve("previous.log");
        this.fileBytes = fileBytes;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The records kept, oldest first. */
    public List<byte[]> records() {
        List<byte[]> records = new ArrayList<>();
        if (enabled) {
            readInto(previous, records);
            readInto(current, records);
        }
        return records;
    }

    /** Appends the records and forces them to disk. */
    synchronized void append(List<byte[]> records) {
        if (!enabled || records.isEmpty()) {
            return;
        }
        try {
            FileChannel file = open();
            for (byte[] record : records) {
                ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + record.length);
                buffer.putInt(record.length).putLong(checksum(record)).put(record).flip();
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
            }
            file.force(false);
            if (file.size() > fileBytes) {
                rotate();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not journal the writes", e);
        }
    }

    /** Starts afresh, once what was kept is in the store again and forced to disk. */
    public synchronized void clear() {
        try {
            if (channel != null) {
                channel.close();
                channel = null;
            }
            Files.deleteIfExists(current);
            Files.deleteIfExists(previous);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear the journal", e);
        }
    }

    private FileChannel open() throws IOException {
        if (channel == null) {
            Files.createDirectories(current.getParent());
            channel = FileChannel.open(current, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        return channel;
    }

    private void rotate() throws IOException {
        channel.close();
        channel = null;
        Files.move(current, previous, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void readInto(Path file, List<byte[]> records) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            ByteBuffer content = ByteBuffer.wrap(Files.readAllBytes(file));
            while (content.remaining() >= HEADER_BYTES) {
                int length = content.getInt();
                long checksum = content.getLong();
                if (length < 0 || length > content.remaining()) {
                    return;
                }
                byte[] record = new byte[length];
                content.get(record);
                if (checksum(record) != checksum) {
                    return;
                }
                records.add(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the journal " + file, e);
        }
    }

    private static long checksum(byte[] record) {
        CRC32 crc = new CRC32();
        crc.update(record);
        return crc.getValue();
    }
}

package org.chronology.harness.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to run the packaged service: its jar, its data directory, the file its console goes to, the JVM's heap and
 * flags, the administrator's token and any more of the service's own arguments.
 */
public record ServiceOptions(Path jar, Path dataDir, Path log, String heap, List<String> jvmFlags, String adminToken,
                             List<String> serviceArgs) {

    /**
     * Tests start the service dozens of times and none measures its speed: with the quick compiler alone and the
     * serial collector it starts in 7 s rather than 11 on two cores.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Daxoniq.update-checker.disabled=true");
    /** A benchmark measures the service as it runs for real: the JVM's own compilers and collector. */
    public static final List<String> FULL_JIT = List.of();

    public ServiceOptions {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(adminToken, "adminToken");
        jvmFlags = List.copyOf(jvmFlags);
        serviceArgs = List.copyOf(serviceArgs);
    }

    /** For an integration test: a private copy of the jar the build names, quick start, a heap of 512 MiB. */
    public static ServiceOptions forTest(Path dataDir, Path log, String adminToken) {
        return new ServiceOptions(PackagedJar.privateCopy(), dataDir, log, "512m", QUICK_START, adminToken, List.of());
    }

    /** These options with {@code serviceArgs} as the service's further arguments, such as a profile's. */
    public ServiceOptions withServiceArgs(List<String> serviceArgs) {
        return new ServiceOptions(jar, dataDir, log, heap, jvmFlags, adminToken, serviceArgs);
    }
}

package org.chronology.benchmarks;

import org.chronology.harness.service.ServiceOptions;
import org.chronology.harness.service.ServiceProcess;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the packaged service in a process of its own, as a partnership would: full JIT, no rate limit. */
final class ServiceLauncher {

    static final String ADMIN_TOKEN = "benchmark-admin-token-2b7e151628aed2a6";
    /** A benchmark measures the service, not the per-token fairness limit. */
    private static final List<String> NO_RATE_LIMIT = List.of("--chronology.security.rate-limit.requests-per-second=1000000",
            "--chronology.security.rate-limit.burst=1000000");

    private ServiceLauncher() {
    }

    /** {@code extraArgs}: more of the service's options, such as the postgres profile's. */
    static ServiceProcess start(Path jar, Path dataDir, Path log, String heap, List<String> extraArgs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(NO_RATE_LIMIT);
        args.addAll(extraArgs);
        return new ServiceProcess(new ServiceOptions(jar, dataDir, log, heap, ServiceOptions.FULL_JIT, ADMIN_TOKEN, args))
                .start();
    }
}

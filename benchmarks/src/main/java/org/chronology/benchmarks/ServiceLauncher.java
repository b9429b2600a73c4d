package org.chronology.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the packaged service in a process of its own, as a partnership would, and reads its memory use. */
final class ServiceLauncher implements AutoCloseable {

    static final String ADMIN_TOKEN = "benchmark-admin-token-2b7e151628aed2a6";
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Process process;
    private final int port;

    private ServiceLauncher(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** {@code extraArgs}: more of the service's options, such as the postgres profile's. */
    static ServiceLauncher start(Path jar, Path dataDir, Path log, String heap, List<String> extraArgs)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toString(), "--server.port=" + port, "--chronology.data-dir=" + dataDir,
                "--chronology.security.admin-token=" + ADMIN_TOKEN,
                // A benchmark measures the service, not the per-token fairness limit.
                "--chronology.security.rate-limit.requests-per-second=1000000",
                "--chronology.security.rate-limit.burst=1000000"));
        command.addAll(extraArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceLauncher launcher = new ServiceLauncher(process, port);
        launcher.awaitHealthy();
        return launcher;
    }

    int port() {
        return port;
    }

    /** Heap in use now, in MiB, as the JVM's own diagnostic command reports it. */
    long heapUsedMiB() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            Matcher m = HEAP_USED.matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** CPU time the service has used so far, all threads, in milliseconds (-1 where the platform does not say). */
    long cpuMillis() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    /** Peak resident memory of the process so far, in MiB (VmHWM). */
    long peakResidentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private void awaitHealthy() throws InterruptedException {
        Http http = new Http(port);
        for (int i = 0; i < 600; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue());
            }
            try {
                if (http.get(ADMIN_TOKEN, "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not start");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}

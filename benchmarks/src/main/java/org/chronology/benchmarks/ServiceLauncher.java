package org.chronology.benchmarks;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Runs the packaged service in a process of its own, as a partnership would, and reads its memory use. */
final class ServiceLauncher implements AutoCloseable {

    static final String ADMIN_TOKEN = "benchmark-admin-token-2b7e151628aed2a6";

    private final Process process;
    private final int port;
    private JMXConnector jmx;
    private MemoryMXBean memory;

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

    /**
     * Heap in use now, in MiB, read over JMX from the service's own memory bean. The connection is opened once
     * (attaching starts the JVM's local management agent): sampling every second by starting {@code jcmd} cost
     * the machine a short-lived JVM each time, some 0.15 s of CPU taken from the service being measured.
     */
    long heapUsedMiB() {
        try {
            return memory().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        } catch (IOException | AttachNotSupportedException | RuntimeException e) {
            return -1;
        }
    }

    private synchronized MemoryMXBean memory() throws IOException, AttachNotSupportedException {
        if (memory == null) {
            VirtualMachine vm = VirtualMachine.attach(Long.toString(process.pid()));
            try {
                jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
            } finally {
                vm.detach();
            }
            memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        }
        return memory;
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

    /** Stops the service (again, harmlessly). */
    @Override
    public synchronized void close() throws InterruptedException {
        if (jmx != null) {
            try {
                jmx.close();
            } catch (IOException e) {
                // the service is stopping anyway
            }
            jmx = null;
            memory = null;
        }
        process.destroy();
        process.waitFor();
    }
}

package org.chronology.harness.service;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service as a real operating-system process on a free port, which a test or the benchmark can
 * start, kill -9, stop and start again (on the same port, its console appended to the same log).
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    /** Long enough for the store to close cleanly, which a later step (a move to PostgreSQL) may need. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(60);

    private final ServiceOptions options;
    private final int port;
    private Process process;

    public ServiceProcess(ServiceOptions options) {
        this.options = options;
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    public URI url() {
        return URI.create("http://localhost:" + port);
    }

    /** The running process, for what only the operating system or the JVM's attach API tells (CPU time, heap). */
    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** Starts the service and waits until it is healthy; the first start writes a new log, a restart appends. */
    public ServiceProcess start() throws IOException, InterruptedException {
        ProcessBuilder.Redirect console = process == null ? ProcessBuilder.Redirect.to(options.log().toFile())
                : ProcessBuilder.Redirect.appendTo(options.log().toFile());
        process = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(console).start();
        try {
            awaitHealthy();
        } catch (IllegalStateException | InterruptedException e) {
            kill();
            throw e;
        }
        return this;
    }

    /** SIGKILL: no shutdown hooks, no flushing, exactly what a crash looks like. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: a graceful stop. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Stops the service gracefully if it still runs, killing it if it will not stop; harmless when stopped. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.heap());
        command.addAll(options.jvmFlags());
        command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + port,
                "--chronology.data-dir=" + options.dataDir(),
                "--chronology.security.admin-token=" + options.adminToken()));
        command.addAll(options.serviceArgs());
        return command;
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(url().resolve("/actuator/health")).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + options.log());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service was not healthy within " + STARTUP + "; see " + options.log());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

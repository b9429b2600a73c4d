package org.chronology.api.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The packaged service as a real operating-system process, which a test can start, kill -9 and restart. */
public final class ServiceProcess implements AutoCloseable {

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int port;
    private final List<String> extraArgs;
    private Process process;

    public ServiceProcess(Path dataDir, Path log, List<String> extraArgs) {
        String jarPath = System.getProperty("chronology.jar");
        if (jarPath == null) {
            throw new IllegalStateException("chronology.jar is not set: run through Maven (failsafe) after packaging");
        }
        this.jar = privateCopy(Path.of(jarPath));
        this.dataDir = dataDir;
        this.log = log;
        this.port = freePort();
        this.extraArgs = List.copyOf(extraArgs);
    }

    public int port() {
        return port;
    }

    /** Arguments that run the service on the postgres profile against {@code jdbcUrl} (trust authentication). */
    public static List<String> onPostgres(String jdbcUrl) {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl);
    }

    public ServiceProcess start() throws IOException, InterruptedException {
        // Tests start the service dozens of times and none measures its speed: with the quick compiler alone and
        // the serial collector it starts in 7 s rather than 11 on two cores.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Daxoniq.update-checker.disabled=true",
                "-jar", jar.toString(),
                "--server.port=" + port, "--chronology.data-dir=" + dataDir,
                "--chronology.security.admin-token=" + Service.ADMIN_TOKEN));
        command.addAll(extraArgs);
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitHealthy(Duration.ofSeconds(120));
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

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not become healthy within " + timeout + "; see " + log);
    }

    private static Path copy;

    /**
     * The jar, copied once per test run: a build elsewhere on the machine may rewrite the original while the
     * service still loads classes from it.
     */
    private static synchronized Path privateCopy(Path original) {
        if (copy == null) {
            try {
                Path dir = Files.createTempDirectory("chronology-jar");
                copy = Files.copy(original, dir.resolve(original.getFileName()));
                copy.toFile().deleteOnExit();
                dir.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

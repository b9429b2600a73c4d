package org.chronology.postgres;

import org.chronology.harness.files.TemporaryDirectory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from the operating system's packages (Debian's {@code postgresql}): its own
 * cluster in a temporary directory, listening on a free loopback port, with one database {@value #DATABASE}
 * owned by {@value #USER} (trust authentication: nothing but this machine can reach it). initdb refuses to run as
 * root, so under root the server runs as {@code nobody}, which then owns the directory.
 */
public final class PrivateCluster implements AutoCloseable {

    public static final String DATABASE = "chronology";
    public static final String USER = "chronology";
    private static final String UNPRIVILEGED = "nobody";

    private final Path bin;
    private final Path dir;
    private final int port;

    private PrivateCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** Creates and starts a cluster; fails with what to install when there are no PostgreSQL binaries. */
    public static PrivateCluster start() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("chronology-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", UNPRIVILEGED, dir.toString()), false, dir);
        }
        PrivateCluster cluster = new PrivateCluster(bin, dir, freePort());
        cluster.pg(List.of("initdb", "-D", cluster.data().toString(), "-U", USER, "--auth=trust", "--no-locale",
                "-E", "UTF8", "--no-sync"));
        cluster.pg(List.of("pg_ctl", "-D", cluster.data().toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + cluster.port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c max_connections=200", "start"));
        cluster.pg(List.of("createdb", "-h", "127.0.0.1", "-p", Integer.toString(cluster.port), "-U", USER, DATABASE));
        return cluster;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** The service's arguments that run it on its postgres profile against this server (trust authentication). */
    public List<String> serviceArgs() {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + jdbcUrl());
    }

    /** The server's own log, for a failing test to point at. */
    public Path log() {
        return dir.resolve("server.log");
    }

    /** Stops the server at once (open transactions roll back) and removes its files. */
    @Override
    public void close() throws IOException, InterruptedException {
        try {
            pg(List.of("pg_ctl", "-D", data().toString(), "-m", "fast", "-w", "stop"));
        } finally {
            TemporaryDirectory.delete(dir);
        }
    }

    private Path data() {
        return dir.resolve("data");
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        full.set(0, bin.resolve(command.get(0)).toString());
        run(full, "root".equals(System.getProperty("user.name")), dir);
    }

    private static void run(List<String> command, boolean unprivileged, Path dir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (unprivileged) {
            full.addAll(List.of("runuser", "-u", UNPRIVILEGED, "--"));
        }
        full.addAll(command);
        Path out = Files.createTempFile("chronology-pg", ".out");
        try {
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", full) + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", full) + " failed (" + process.exitValue() + "): "
                        + Files.readString(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** The newest installed major version's binaries. */
    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("No PostgreSQL server binaries in /usr/lib/postgresql/*/bin:"
                + " install Debian's postgresql package (.ci/run does)");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

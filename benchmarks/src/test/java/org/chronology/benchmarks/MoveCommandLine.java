package org.chronology.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The service jar's move and check commands, run as an operator runs them, in a process of their own. */
final class MoveCommandLine {

    /** What a finished command printed, and its exit status. */
    record Outcome(int exit, String output) {
    }

    private final Path jar;
    private final Path sourceDataDir;
    private final Path logs;
    private int runs;

    MoveCommandLine(Path jar, Path sourceDataDir, Path logs) {
        this.jar = jar;
        this.sourceDataDir = sourceDataDir;
        this.logs = logs;
    }

    Outcome move(String targetUrl) throws IOException, InterruptedException {
        return finish(start("--move-to-postgres", targetUrl));
    }

    Outcome check(String targetUrl) throws IOException, InterruptedException {
        return finish(start("--check-move", targetUrl));
    }

    /** A move left running, for a test to interrupt. */
    Process startMove(String targetUrl) throws IOException {
        return start("--move-to-postgres", targetUrl);
    }

    /** The output of the last command started, so far. */
    String output() throws IOException {
        return Files.readString(log(runs));
    }

    private Process start(String command, String targetUrl) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), command, "--source-data-dir=" + sourceDataDir,
                "--target-url=" + targetUrl, "--target-user=chronology"));
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log(++runs).toFile()).start();
    }

    private Outcome finish(Process process) throws IOException, InterruptedException {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the command did not finish: " + output());
        }
        String output = output();
        System.out.print(output);
        return new Outcome(process.exitValue(), output);
    }

    private Path log(int run) {
        return logs.resolve("move-" + run + ".log");
    }
}

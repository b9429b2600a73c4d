package org.chronology.client.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/**
 * A secret the service shows only once (a token, a webhook's signing key): alone on standard output, so that
 * {@code TOKEN=$(chronology tokens issue ...)} captures it, and what it is on standard error.
 */
final class SecretOnce {

    private SecretOnce() {
    }

    static int print(CommandSpec spec, String secret, String what) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(secret);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%s. Keep the secret now: it is not shown again.%n", what);
        err.flush();
        return ExitCode.OK;
    }
}

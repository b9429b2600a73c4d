package org.chronology.client.cli;

/** The exit codes of {@code chronology}, for scripts. */
public final class ExitCode {

    /** Everything was done: for an import, every event is recorded (or already was). */
    public static final int OK = 0;
    /** Some input was rejected, by the local checks or by the service; the rest was imported. */
    public static final int REJECTED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The service could not be reached or refused the request. */
    public static final int SERVICE = 3;

    private ExitCode() {
    }
}

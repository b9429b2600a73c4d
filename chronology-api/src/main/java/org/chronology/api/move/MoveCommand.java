package org.chronology.api.move;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar chronology.jar --move-to-postgres --target-url=jdbc:postgresql://...} copies a stopped H2 store
 * into an empty PostgreSQL database, then checks the copy; {@code --check-move} runs the check alone, once the
 * service has rebuilt the read models on PostgreSQL. Exit status: 0 done and equal, 1 different, 2 refused.
 */
public final class MoveCommand {

    static final int EQUAL = 0;
    static final int DIFFERENT = 1;
    static final int REFUSED = 2;

    private MoveCommand() {
    }

    public static boolean handles(String[] args) {
        return Arrays.asList(args).contains(MoveOptions.MOVE) || Arrays.asList(args).contains(MoveOptions.CHECK);
    }

    public static int run(String[] args) {
        PrintStream out = System.out;
        // The command's own lines say what it does; the libraries' start-up logging would bury them.
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        try {
            MoveOptions options = MoveOptions.parse(args);
            if (options.move()) {
                new Move(options, out).run();
            }
            return new MoveCheck(options, out).run(!options.move()) ? EQUAL : DIFFERENT;
        } catch (Refused | IllegalArgumentException e) {
            out.println("Refused: " + e.getMessage());
            return REFUSED;
        } catch (Exception e) {
            out.println("Failed: " + e);
            e.printStackTrace(out);
            return REFUSED;
        }
    }

    /** The move will not start, or go on: the source or the target is not what a move may touch. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}

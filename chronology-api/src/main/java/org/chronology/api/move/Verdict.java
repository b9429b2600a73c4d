package org.chronology.api.move;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The check's findings, line by line, and what they add up to. */
final class Verdict {

    private final PrintStream out;
    private final List<String> differences = new ArrayList<>();
    private final List<String> pending = new ArrayList<>();

    Verdict(PrintStream out) {
        this.out = out;
    }

    /** One compared figure: equal, or a difference shown with both sides. */
    void compare(String what, Object source, Object target) {
        if (Objects.equals(source, target)) {
            out.printf("  equal      %s: %s%n", what, source);
        } else {
            differences.add(what);
            out.printf("  DIFFERENT  %s: H2 %s, PostgreSQL %s%n", what, source, target);
        }
    }

    /** Compared items (children, views) of which {@code differing} were not equal. */
    void compareAll(String what, int compared, List<String> differing) {
        if (differing.isEmpty()) {
            out.printf("  equal      %s: %,d compared%n", what, compared);
        } else {
            differences.add(what);
            out.printf("  DIFFERENT  %s: %,d of %,d, such as %s%n", what, differing.size(), compared,
                    differing.subList(0, Math.min(5, differing.size())));
        }
    }

    /** Something the check cannot judge yet, such as read models still being rebuilt. */
    void notYet(String what) {
        pending.add(what);
        out.println("  NOT YET    " + what);
    }

    void note(String what) {
        out.println("  note       " + what);
    }

    void section(String title) {
        out.println(title);
    }

    /** Prints the verdict; true when everything compared was equal and nothing waits. */
    boolean conclude(String equal) {
        if (!differences.isEmpty()) {
            out.println("VERDICT: DIFFERENT: " + String.join("; ", differences));
        } else if (!pending.isEmpty()) {
            out.println("VERDICT: NOT YET: " + String.join("; ", pending) + " (run --check-move again)");
        } else {
            out.println("VERDICT: EQUAL: " + equal);
        }
        out.flush();
        return differences.isEmpty() && pending.isEmpty();
    }
}

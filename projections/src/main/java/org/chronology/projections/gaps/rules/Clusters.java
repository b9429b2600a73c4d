package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Repeated signals with no response: at least K signals certainly within W of the first, and no response that can
 * have happened from the first signal to N after the K-th and that answers the run (a rule may ask, say, that it
 * names the person the signals concern). One run per episode: once a run is reported, the signals still within W of
 * its first join it; after a response the count starts again.
 */
final class Clusters {

    private Clusters() {
    }

    /**
     * The unanswered runs among {@code signals} (in date order), each with the signal that completed it. Responses
     * are the entries of {@code responseTypes} that {@code response} accepts.
     */
    static List<Run> unanswered(CaseFile file, List<CaseEvent> signals, int k, Span w, Span n, LocalDate asOf,
                                String[] responseTypes, Predicate<CaseEvent> response,
                                Function<List<CaseEvent>, Predicate<CaseEvent>> answers) {
        if (signals.size() < k) {
            return List.of();
        }
        List<CaseEvent> responses = file.events(responseTypes).stream().filter(response).toList();
        List<Run> runs = new ArrayList<>();
        List<CaseEvent> run = new ArrayList<>();
        Run reported = null;
        for (CaseEvent signal : signals) {
            if (reported != null) {
                if (!signal.latest().isAfter(w.after(reported.signals.get(0).earliest(), file.calendar()))
                        && !answered(responses, reported.signals.get(0).earliest(), signal.latest(), reported.signals,
                        answers)) {
                    reported.signals.add(signal);
                    continue;
                }
                reported = null;
            }
            run.add(signal);
            while (!run.isEmpty() && signal.latest().isAfter(w.after(run.get(0).earliest(), file.calendar()))) {
                run.remove(0);
            }
            if (run.size() < k) {
                continue;
            }
            LocalDate deadline = n.after(signal.latest(), file.calendar());
            if (answered(responses, run.get(0).earliest(), deadline, run, answers)) {
                run = new ArrayList<>();
            } else if (asOf.isAfter(deadline)) {
                reported = new Run(new ArrayList<>(run), signal, deadline);
                runs.add(reported);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    /** Whether a response that can have happened from {@code from} to {@code to} answers the run. */
    private static boolean answered(List<CaseEvent> responses, LocalDate from, LocalDate to, List<CaseEvent> run,
                                    Function<List<CaseEvent>, Predicate<CaseEvent>> answers) {
        Predicate<CaseEvent> answering = null; // asked of the run only when a response falls in the window
        for (CaseEvent e : responses) {
            if (e.earliest().isAfter(to)) {
                return false; // responses are in order of their first possible day
            }
            if (!e.latest().isBefore(from)) {
                answering = answering == null ? answers.apply(run) : answering;
                if (answering.test(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * One unanswered run.
     *
     * @param signals  its signals in date order, the first being where the finding is dated
     * @param kth      the signal that made it K
     * @param deadline the last day a response was due
     */
    record Run(List<CaseEvent> signals, CaseEvent kth, LocalDate deadline) {
    }
}

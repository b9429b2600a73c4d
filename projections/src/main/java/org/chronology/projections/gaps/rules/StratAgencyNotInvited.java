package org.chronology.projections.gaps.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;
import org.chronology.projections.gaps.Severity;
import org.chronology.projections.gaps.Span;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * domain.md §c rule 1; motivated by Family T §5.50, §5.53 (CAMHS, the Support Worker and Mother's SW left out of
 * the March 2018 strategy meeting), Baby L §1.7 and Child BF BF6.1.
 */
@Component
public class StratAgencyNotInvited implements GapRule {

    /** The agency code the reviews' chronologies use when they do not say who acted. */
    private static final String UNSPECIFIED = "UNSPECIFIED";

    @Override
    public String name() {
        return "STRAT_AGENCY_NOT_INVITED";
    }

    @Override
    public Category category() {
        return Category.INFORMATION_SHARING;
    }

    @Override
    public String description() {
        return "A strategy discussion or meeting on day d that leaves out an agency active for the child or household "
                + "in [d-L, d) (it recorded or acted in an entry dated in that window; family informants, review "
                + "bodies, courts, LA legal and UNSPECIFIED are not counted), or that is recorded as leaving an "
                + "agency out. "
                + "Relies on details.invited (details.attended, details.chair and the convening agency count as "
                + "present) and on details.notInvited: entries naming a known agency ('K2 (Support Worker)' names K2) "
                + "count as left out, and entries naming no known agency are reported as stated. Silent when neither "
                + "invited nor notInvited is stated.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("L", "90d", "how far before the meeting an agency's involvement makes it active"));
    }

    @Override
    public List<Finding> evaluate(CaseFile file, LocalDate asOf, Parameters parameters) {
        Span lookback = parameters.span("L");
        List<Finding> findings = new ArrayList<>();
        for (CaseEvent meeting : file.own()) {
            if (!meeting.is("strategy.discussion", "strategy.meeting")
                    || (!meeting.stated("invited") && !meeting.stated("notInvited"))) {
                continue;
            }
            Set<String> present = new LinkedHashSet<>(meeting.agencies());
            present.addAll(codes(file, meeting, "invited"));
            present.addAll(codes(file, meeting, "attended"));
            present.addAll(codes(file, meeting, "chair"));

            LocalDate day = meeting.earliest();
            Map<String, List<CaseEvent>> active = activity(file, lookback.before(day, file.calendar()), day);
            Map<String, List<CaseEvent>> missing = new LinkedHashMap<>();
            if (meeting.stated("invited")) {
                active.forEach((agency, events) -> {
                    if (!present.contains(agency) && expected(file, agency)) {
                        missing.put(agency, events);
                    }
                });
            }
            Set<String> statedOnly = new LinkedHashSet<>();
            List<String> unresolved = new ArrayList<>();
            for (String entry : texts(meeting, "notInvited")) {
                Set<String> named = resolve(file, entry);
                if (named.isEmpty()) {
                    if (!entry.isBlank()) {
                        unresolved.add(entry.trim());
                    }
                    continue;
                }
                for (String agency : named) {
                    if (!present.contains(agency) && file.isPractitionerAgency(agency)
                            && !missing.containsKey(agency)) {
                        missing.put(agency, active.getOrDefault(agency, List.of()));
                        statedOnly.add(agency);
                    }
                }
            }
            if (missing.isEmpty() && unresolved.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>(List.of(meeting.eventId()));
            List<String> phrases = new ArrayList<>();
            missing.forEach((agency, events) -> {
                events.forEach(e -> evidence.add(e.eventId()));
                if (statedOnly.contains(agency) && events.isEmpty()) {
                    phrases.add(agency + " (recorded as not invited)");
                } else {
                    phrases.add(agency + " (involved in the " + lookback.describe() + " before: " + ids(events) + ")");
                }
            });
            unresolved.forEach(text -> phrases.add("'" + text + "' (recorded as not invited)"));
            List<String> agencies = missing.isEmpty() ? List.of(meeting.agency()) : List.copyOf(missing.keySet());
            findings.add(Finding.of(this, Severity.MEDIUM, meeting, agencies, evidence,
                    "The " + meeting.type().replace('.', ' ') + " of " + meeting.when() + " (" + meeting.agency()
                            + ") did not include " + join(phrases, "or") + "."));
        }
        return findings;
    }

    /**
     * Agencies expected at a strategy discussion: practitioners, not the court, the council's lawyers or an agency
     * recorded as UNSPECIFIED (the reviews' code for "not stated").
     */
    private static boolean expected(CaseFile file, String agency) {
        return file.isPractitionerAgency(agency) && !UNSPECIFIED.equals(agency) && file.sector(agency)
                .filter(s -> s == Sector.JUSTICE_COURT || s == Sector.LA_LEGAL).isEmpty();
    }

    /** Practitioner agencies with entries dated in {@code [from, to)}, with those entries (as activeAgencies). */
    private static Map<String, List<CaseEvent>> activity(CaseFile file, LocalDate from, LocalDate to) {
        Map<String, List<CaseEvent>> active = new LinkedHashMap<>();
        for (CaseEvent event : file.events()) {
            if (!event.date().isBefore(from) && event.date().isBefore(to)) {
                for (String agency : event.agencies()) {
                    if (file.isPractitionerAgency(agency)) {
                        active.computeIfAbsent(agency, a -> new ArrayList<>()).add(event);
                    }
                }
            }
        }
        return active;
    }

    /** The known agency codes a details field names, whether an array or a single text. */
    private static Set<String> codes(CaseFile file, CaseEvent event, String field) {
        Set<String> codes = new LinkedHashSet<>();
        texts(event, field).forEach(text -> codes.addAll(resolve(file, text)));
        return codes;
    }

    private static List<String> texts(CaseEvent event, String field) {
        JsonNode value = event.details().get(field);
        if (value != null && value.isTextual()) {
            return List.of(value.asText());
        }
        return event.strings(field);
    }

    /** The agency codes an entry names: itself when it is one, else the known codes among its words. */
    private static Set<String> resolve(CaseFile file, String text) {
        String trimmed = text.trim();
        if (file.sector(trimmed).isPresent()) {
            return Set.of(trimmed);
        }
        Set<String> found = new LinkedHashSet<>();
        for (String word : trimmed.split("[^A-Za-z0-9-]+")) {
            if (!word.isEmpty() && file.sector(word).isPresent()) {
                found.add(word);
            }
        }
        return found;
    }

    private static String ids(List<CaseEvent> events) {
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.eventId() + " " + e.when()));
        return String.join(", ", ids);
    }

    private static String join(List<String> items, String conjunction) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
                + items.get(items.size() - 1);
    }
}

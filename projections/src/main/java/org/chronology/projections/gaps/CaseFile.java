package org.chronology.projections.gaps;

import org.chronology.core.api.event.Sector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the rules know of one child: its own entries and those of the people linked to it by shared entries
 * (parents, siblings, a parent who is a child), the sectors of the agencies, and the working-day calendar.
 * Retracted entries are not in it; corrected ones are, as corrected.
 */
public final class CaseFile {

    /** What separates the words of a text that may hold agency codes. */
    private static final Pattern NOT_A_CODE = Pattern.compile("[^A-Za-z0-9-]+");
    private static final Comparator<CaseEvent> CHRONOLOGICAL = Comparator.comparing(CaseEvent::earliest)
            .thenComparing(CaseEvent::recordedAt).thenComparingLong(CaseEvent::order);

    private final String childId;
    private final List<CaseEvent> events;
    private final List<CaseEvent> own;
    /**
     * The same entries by type: a rule reads the few entries of the types it judges instead of scanning a busy
     * household's thousand, which with fifty rules is what keeps judging a case within milliseconds.
     */
    private final Map<String, List<CaseEvent>> eventsByType;
    private final Map<String, List<CaseEvent>> ownByType;
    private final Map<String, Sector> sectors;
    private final WorkingCalendar calendar;
    /** {@link #isLead} as a predicate made once: rules ask {@link #byLead} of most entries. */
    private final Predicate<String> lead = this::isLead;
    /** Read on first use: most rules never ask, and a case file is asked many times. */
    private Household household;
    /** Read on first use, as {@link #household} is. */
    private Involvement involvement;

    public CaseFile(String childId, List<CaseEvent> events, Map<String, Sector> sectors, WorkingCalendar calendar) {
        this(events.stream().sorted(CHRONOLOGICAL).toList(), childId, Map.copyOf(sectors), calendar);
    }

    /** {@code sorted} in {@link #CHRONOLOGICAL} order already. */
    private CaseFile(List<CaseEvent> sorted, String childId, Map<String, Sector> sectors, WorkingCalendar calendar) {
        this.childId = childId;
        this.events = sorted;
        this.own = sorted.stream().filter(e -> e.children().contains(childId)).toList();
        this.eventsByType = byType(events);
        this.ownByType = byType(own);
        this.sectors = sectors;
        this.calendar = calendar;
    }

    private static Map<String, List<CaseEvent>> byType(List<CaseEvent> events) {
        // Concurrent: merged lists are added as rules ask for them, and a file may be judged on several threads.
        Map<String, List<CaseEvent>> byType = new ConcurrentHashMap<>();
        events.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
        return byType;
    }

    public String childId() {
        return childId;
    }

    /** The child's and its household's entries, in date order. */
    public List<CaseEvent> events() {
        return events;
    }

    /** The entries that name this child among their children, in date order. */
    public List<CaseEvent> own() {
        return own;
    }

    /** The child's and its household's entries of these types, in date order. */
    public List<CaseEvent> events(String... types) {
        return ofTypes(eventsByType, types);
    }

    /** The child's own entries of these types, in date order. */
    public List<CaseEvent> own(String... types) {
        return ofTypes(ownByType, types);
    }

    /**
     * The entries of {@code types} in date order. A list of several types is merged once and kept under its types
     * joined: fifty rules ask the same few questions of one file, and each asks them again for every trigger.
     */
    private static List<CaseEvent> ofTypes(Map<String, List<CaseEvent>> byType, String... types) {
        if (types.length == 1) {
            return byType.getOrDefault(types[0], List.of());
        }
        return byType.computeIfAbsent(String.join(" ", types), joined -> {
            List<CaseEvent> found = new ArrayList<>();
            for (String type : types) {
                found.addAll(byType.getOrDefault(type, List.of()));
            }
            found.sort(CHRONOLOGICAL);
            return List.copyOf(found);
        });
    }

    /** The people of the child's entries and how they are related, as the file's entries record them. */
    public Household household() {
        Household read = household;
        if (read == null) {
            read = new Household(events);
            household = read; // a race reads the same entries twice, to the same immutable result
        }
        return read;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The case as it stood on {@code asOf}: only entries that may have happened by then. */
    public CaseFile asOf(LocalDate asOf) {
        int end = first(asOf, false);
        // Most judgements are of today, with nothing to cut: the file and its indexes serve as they are.
        return end == events.size() ? this : new CaseFile(events.subList(0, end), childId, sectors, calendar);
    }

    /** The case without one of its entries: as it stood before that entry was recorded, for what it changed. */
    public CaseFile without(CaseEvent entry) {
        return new CaseFile(events.stream().filter(e -> e != entry).toList(), childId, sectors, calendar);
    }

    /** The index of the first entry dated after {@code day}, or on or after it when {@code onTheDay}. */
    private int first(LocalDate day, boolean onTheDay) {
        return Involvement.firstOnOrAfter(events, onTheDay ? day : day.plusDays(1));
    }

    /** The entries dated from {@code from} to {@code to}, both included, in date order (unmodifiable). */
    public List<CaseEvent> dated(LocalDate from, LocalDate to) {
        int start = first(from, true);
        return events.subList(start, Math.max(start, first(to, false)));
    }

    public Optional<Sector> sector(String agency) {
        return Optional.ofNullable(sectorOrNull(agency));
    }

    /** The agency's sector, or null: the sector tests below are asked of nearly every entry, so without an Optional. */
    private Sector sectorOrNull(String agency) {
        return agency == null ? null : sectors.get(agency);
    }

    public boolean isHealth(String agency) {
        Sector sector = sectorOrNull(agency);
        return sector != null && sector.isHealth();
    }

    /** Children's social care or its front door: the lead agency for child protection. */
    public boolean isLead(String agency) {
        Sector sector = sectorOrNull(agency);
        return sector != null && sector.isLeadAgency();
    }

    /** Whether a lead agency recorded or acted in the entry. */
    public boolean byLead(CaseEvent event) {
        return event.anyAgency(lead);
    }

    /**
     * Whether the entry is a referral to the lead agency: a referral.made whose details.referredTo is a lead agency,
     * or, when it names no recipient, one a lead agency recorded or acted in. The API accepts only an agency code
     * in referredTo, so no free-text recipient needs reading.
     */
    public boolean isReferralToLead(CaseEvent event) {
        if (!event.is("referral.made")) {
            return false;
        }
        String referredTo = event.text("referredTo");
        return referredTo == null || referredTo.isBlank() ? byLead(event) : isLead(referredTo);
    }

    public boolean isPolice(String agency) {
        return sectorOrNull(agency) == Sector.JUSTICE_POLICE;
    }

    public boolean isGp(String agency) {
        return sectorOrNull(agency) == Sector.HEALTH_PRIMARY;
    }

    /** Agencies that professionals work in: not family informants, not review bodies. */
    public boolean isPractitionerAgency(String agency) {
        Sector sector = sectorOrNull(agency);
        return sector != null && sector != Sector.FAMILY && sector != Sector.GOVERNANCE;
    }

    /**
     * Agencies active for the child or its household on {@code [from, to)}: the recording and acting agencies
     * of entries whose date falls in that interval. Family informants and review bodies are not counted.
     */
    public Set<String> activeAgencies(LocalDate from, LocalDate to) {
        return new LinkedHashSet<>(involvement(from, to).keySet());
    }

    /**
     * The active agencies of {@link #activeAgencies}, in order of first appearance, each with the entries that make
     * it active: explanations cite them.
     */
    public Map<String, List<CaseEvent>> involvement(LocalDate from, LocalDate to) {
        Involvement read = involvement;
        if (read == null) {
            read = new Involvement(events, this::isPractitionerAgency);
            involvement = read; // a race indexes the same entries twice, to the same immutable result
        }
        return read.between(from, to);
    }

    /**
     * The start of a plan or enquiry of the child's that is still open at {@code at}: the latest {@code started}
     * entry dated on or before it with no {@code ended} entry since. Entries of the same day count as before it,
     * in whatever order they were recorded.
     */
    public Optional<CaseEvent> openAt(CaseEvent at, String started, String ended) {
        CaseEvent open = null;
        for (CaseEvent event : own) {
            if (event == at || event.date().isAfter(at.date())) {
                continue;
            }
            if (event.is(started)) {
                open = event;
            } else if (event.is(ended)) {
                open = null;
            }
        }
        return Optional.ofNullable(open);
    }

    /**
     * The known agency codes a details field names, whether it holds one text or an array. Chronologies name
     * parties in free text too, so each text is read as {@link #agencyCodes(String)} does.
     */
    public Set<String> agencyCodes(CaseEvent event, String field) {
        Set<String> codes = new LinkedHashSet<>();
        event.texts(field).forEach(text -> codes.addAll(agencyCodes(text)));
        return codes;
    }

    /**
     * The agency codes a text names: the text itself when it is a known code, else the known codes among its words
     * ("K2 (Support Worker)" names K2). Empty when it names no known agency.
     */
    public Set<String> agencyCodes(String text) {
        String trimmed = text.trim();
        Set<String> found = new LinkedHashSet<>();
        if (sector(trimmed).isPresent()) {
            found.add(trimmed);
            return found;
        }
        for (String word : NOT_A_CODE.split(trimmed)) {
            if (!word.isEmpty() && sector(word).isPresent()) {
                found.add(word);
            }
        }
        return found;
    }
}

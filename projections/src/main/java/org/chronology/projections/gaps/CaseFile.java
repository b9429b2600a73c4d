package org.chronology.projections.gaps;

import org.chronology.core.api.event.Sector;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules know of one child: its own entries and those of the people linked to it by shared entries
 * (parents, siblings, a parent who is a child), the sectors of the agencies, and the working-day calendar.
 * Retracted entries are not in it; corrected ones are, as corrected.
 */
public final class CaseFile {

    private static final Comparator<CaseEvent> CHRONOLOGICAL = Comparator.comparing(CaseEvent::earliest)
            .thenComparing(CaseEvent::recordedAt).thenComparingLong(CaseEvent::order);

    private final String childId;
    private final List<CaseEvent> events;
    private final List<CaseEvent> own;
    private final Map<String, Sector> sectors;
    private final WorkingCalendar calendar;

    public CaseFile(String childId, List<CaseEvent> events, Map<String, Sector> sectors, WorkingCalendar calendar) {
        this.childId = childId;
        this.events = events.stream().sorted(CHRONOLOGICAL).toList();
        this.own = this.events.stream().filter(e -> e.children().contains(childId)).toList();
        this.sectors = Map.copyOf(sectors);
        this.calendar = calendar;
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

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The case as it stood on {@code asOf}: only entries that may have happened by then. */
    public CaseFile asOf(LocalDate asOf) {
        return new CaseFile(childId, events.stream().filter(e -> !e.earliest().isAfter(asOf)).toList(), sectors, calendar);
    }

    public Optional<Sector> sector(String agency) {
        return Optional.ofNullable(agency == null ? null : sectors.get(agency));
    }

    public boolean isHealth(String agency) {
        return sector(agency).map(Sector::isHealth).orElse(false);
    }

    /** Children's social care or its front door: the lead agency for child protection. */
    public boolean isLead(String agency) {
        return sector(agency).map(Sector::isLeadAgency).orElse(false);
    }

    public boolean isPolice(String agency) {
        return sector(agency).filter(s -> s == Sector.JUSTICE_POLICE).isPresent();
    }

    public boolean isGp(String agency) {
        return sector(agency).filter(s -> s == Sector.HEALTH_PRIMARY).isPresent();
    }

    /** Agencies that professionals work in: not family informants, not review bodies. */
    public boolean isPractitionerAgency(String agency) {
        return sector(agency).filter(s -> s != Sector.FAMILY && s != Sector.GOVERNANCE).isPresent();
    }

    /**
     * Agencies active for the child or its household on {@code [from, to)}: the recording and acting agencies
     * of entries whose date falls in that interval. Family informants and review bodies are not counted.
     */
    public Set<String> activeAgencies(LocalDate from, LocalDate to) {
        Set<String> active = new LinkedHashSet<>();
        for (CaseEvent event : events) {
            if (!event.date().isBefore(from) && event.date().isBefore(to)) {
                event.agencies().stream().filter(this::isPractitionerAgency).forEach(active::add);
            }
        }
        return active;
    }
}

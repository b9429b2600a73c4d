package org.chronology.projections.gaps;

import com.fasterxml.jackson.databind.JsonNode;
import org.chronology.core.api.event.Precision;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.json.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds case files for rule specifications. Events concern the child {@value #CHILD} unless told otherwise
 * and are recorded at noon on the day after their date unless told otherwise.
 * <pre>
 * CaseFile file = TestCase.child()
 *         .add(event("S-1", "strategy.meeting", "CSC", "2018-03-05").details("{'invited':['CSC','POLICE']}"))
 *         .file();
 * </pre>
 */
public final class TestCase {

    public static final String CHILD = "C1";
    public static final Map<String, Sector> SECTORS = Map.ofEntries(
            Map.entry("CSC", Sector.LA_CSC), Map.entry("CSC2", Sector.LA_CSC), Map.entry("MASH", Sector.LA_FRONTDOOR),
            Map.entry("EDT", Sector.LA_EDT), Map.entry("IRO", Sector.LA_IRO), Map.entry("EARLY-HELP", Sector.LA_EARLYHELP),
            Map.entry("HOUSING", Sector.LA_OTHER), Map.entry("BHT", Sector.HEALTH_ACUTE), Map.entry("ED", Sector.HEALTH_ACUTE),
            Map.entry("HV", Sector.HEALTH_COMMUNITY), Map.entry("MW", Sector.HEALTH_COMMUNITY),
            Map.entry("FNP", Sector.HEALTH_COMMUNITY), Map.entry("GP", Sector.HEALTH_PRIMARY),
            Map.entry("CAMHS", Sector.HEALTH_MH), Map.entry("POLICE", Sector.JUSTICE_POLICE),
            Map.entry("COURT", Sector.JUSTICE_COURT), Map.entry("SCHOOL", Sector.EDUCATION), Map.entry("K2", Sector.VCS),
            Map.entry("FAMILY", Sector.FAMILY), Map.entry("LSCP", Sector.GOVERNANCE));

    private static final WorkingCalendar CALENDAR = WorkingCalendar.englandAndWales();
    private final String childId;
    private final List<CaseEvent> events = new ArrayList<>();

    private TestCase(String childId) {
        this.childId = childId;
    }

    public static TestCase child() {
        return new TestCase(CHILD);
    }

    public static TestCase child(String childId) {
        return new TestCase(childId);
    }

    public TestCase add(Event... added) {
        for (Event event : added) {
            events.add(event.build(events.size()));
        }
        return this;
    }

    public CaseFile file() {
        return new CaseFile(childId, events, SECTORS, CALENDAR);
    }

    public static WorkingCalendar calendar() {
        return CALENDAR;
    }

    /** An event of {@code type} by {@code agency} on {@code date} ({@code YYYY}, {@code YYYY-MM} or a day). */
    public static Event event(String id, String type, String agency, String date) {
        return new Event(id, type, agency, date);
    }

    /** Mutable description of one event; {@link #build} makes the immutable {@link CaseEvent}. */
    public static final class Event {
        private final String id;
        private final String type;
        private final String agency;
        private final String date;
        private String actingAgency;
        private Instant recordedAt;
        private List<String> children = new ArrayList<>(List.of(CHILD));
        private final List<String> adults = new ArrayList<>();
        private String workerId;
        private String workerRole;
        private String details = "{}";
        private LocalDate notBefore;
        private LocalDate notAfter;

        private Event(String id, String type, String agency, String date) {
            this.id = id;
            this.type = type;
            this.agency = agency;
            this.date = date;
        }

        /** Details as JSON; single quotes stand for double quotes. */
        public Event details(String json) {
            this.details = json.replace('\'', '"');
            return this;
        }

        public Event actingAgency(String acting) {
            this.actingAgency = acting;
            return this;
        }

        public Event recordedAt(String instantOrDate) {
            this.recordedAt = instantOrDate.length() == 10
                    ? LocalDate.parse(instantOrDate).atTime(12, 0).toInstant(ZoneOffset.UTC)
                    : Instant.parse(instantOrDate);
            return this;
        }

        public Event children(String... ids) {
            this.children = new ArrayList<>(List.of(ids));
            return this;
        }

        public Event adults(String... ids) {
            this.adults.addAll(List.of(ids));
            return this;
        }

        public Event worker(String id, String role) {
            this.workerId = id;
            this.workerRole = role;
            return this;
        }

        /** An undated event known only to lie between two days. */
        public Event between(String from, String to) {
            this.notBefore = LocalDate.parse(from);
            this.notAfter = LocalDate.parse(to);
            return this;
        }

        CaseEvent build(long order) {
            Precision precision;
            LocalDate earliest;
            LocalDate latest;
            if (notBefore != null) {
                precision = Precision.UNKNOWN;
                earliest = notBefore;
                latest = notAfter;
            } else if (date.length() == 4) {
                precision = Precision.YEAR;
                earliest = LocalDate.of(Integer.parseInt(date), 1, 1);
                latest = LocalDate.of(Integer.parseInt(date), 12, 31);
            } else if (date.length() == 7) {
                precision = Precision.MONTH;
                earliest = YearMonth.parse(date).atDay(1);
                latest = YearMonth.parse(date).atEndOfMonth();
            } else {
                precision = Precision.DAY;
                earliest = LocalDate.parse(date);
                latest = earliest;
            }
            Instant recorded = recordedAt != null ? recordedAt
                    : latest.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
            JsonNode detailsNode = Json.object(details);
            return new CaseEvent(id, type, agency, actingAgency, notBefore != null ? null : date, precision, earliest,
                    latest, recorded, children, adults, workerId, workerRole, detailsNode, order);
        }
    }

    /** Shorthand for building an empty overrides map in parameter tests. */
    public static Map<String, String> overrides(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

package org.chronology.core.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.core.api.command.CorrectEntry;
import org.chronology.core.api.command.EntryCommand;
import org.chronology.core.api.command.RecordEntry;
import org.chronology.core.api.command.RetractEntry;
import org.chronology.core.api.event.EntryHeader;
import org.chronology.core.api.event.EventType;
import org.chronology.core.api.event.Occurrence;
import org.chronology.core.api.event.Precision;
import org.chronology.core.api.event.Worker;
import org.chronology.core.api.event.details.CorrectionDetails;
import org.chronology.core.api.event.details.RetractionDetails;
import org.chronology.core.vocabulary.TypeVocabulary;
import org.chronology.core.vocabulary.Vocabulary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one submitted JSON envelope into a command, or into field errors naming everything wrong with it.
 * Unknown envelope keys are ignored (the contract's extension rule). {@code details} are read against the
 * vocabulary and never refused for their content, only for their size and depth: what cannot be read is
 * kept as given and answered with a warning.
 */
public final class EnvelopeParser {

    public static final String CORRECTED = "entry.corrected";
    public static final String RETRACTED = "entry.retracted";
    public static final int MAX_SUMMARY = 4_000;
    public static final int MAX_LIST = 100;
    public static final int MAX_TEXT = 1_000;
    public static final int MAX_DETAILS_CHARS = 64 * 1024;
    public static final int MAX_DETAILS_DEPTH = 10;
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** How far ahead of the service's clock a sending system's clock may run. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int MAX_OFFSET_SECONDS = 14 * 3600;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Control characters other than tab, line feed and carriage return have no place in plain text. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final AgencyDirectory agencies;

    public EnvelopeParser(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /** @param recordedAt the server's time of receipt, which becomes the entry's "known since" time */
    public ParseResult parse(JsonNode node, Instant recordedAt) {
        FieldErrors errors = new FieldErrors();
        if (node == null || !node.isObject()) {
            errors.add("", "each event must be a JSON object");
            return new ParseResult.Invalid(null, errors.list());
        }
        String eventId = requiredText(node, "eventId", Codes.EVENT_ID,
                "must be 1-128 characters A-Z a-z 0-9 . _ : -", errors);
        String type = requiredText(node, "type", null, null, errors);
        String recordingAgency = agency(node, "recordingAgency", true, errors);
        String actingAgency = agency(node, "actingAgency", false, errors);
        boolean revision = CORRECTED.equals(type) || RETRACTED.equals(type);
        EventType eventType = null;
        if (type != null && !revision) {
            eventType = EventType.of(type).orElse(null);
            if (eventType == null) {
                errors.add("type", "unknown event type '" + abbreviate(type) + "'; see GET /api/v1/event-types");
            }
        }
        Occurrence occurrence = occurrence(node, recordedAt, !revision, errors);
        // A person's particulars and relationships may concern adults only (a father recorded as an adult).
        boolean aboutPeople = eventType == EventType.PERSON_RECORDED || eventType == EventType.RELATIONSHIP_RECORDED;
        List<String> children = ids(node, "children", Codes.PERSON_ID, !revision && !aboutPeople, errors);
        List<String> adults = ids(node, "adults", Codes.PERSON_ID, false, errors);
        if (aboutPeople) {
            people(eventType, children.size() + adults.size(), errors);
        }
        Worker worker = worker(node.get("worker"), "worker", errors);
        if (worker == null && !node.hasNonNull("worker") && type != null && type.startsWith("worker.")) {
            errors.add("worker", "is required for " + type);
        }
        String summary = text(node, "summary", MAX_SUMMARY, true, errors);
        List<String> knownTo = agencyCodes(node, "knownTo", errors);
        String source = text(node, "source", MAX_TEXT, false, errors);
        Map<String, Object> details = detailsMap(node, errors);

        EntryHeader header = new EntryHeader(eventId, recordingAgency, actingAgency, occurrence, null, children,
                adults, worker, summary, knownTo, source, null);
        EntryCommand command = null;
        List<FieldError> warnings = List.of();
        if (CORRECTED.equals(type)) {
            CorrectionDetails correction = correction(details, recordedAt, errors.at("details"));
            if (errors.isEmpty()) {
                command = new CorrectEntry(EntryHeader.entryId(recordingAgency, correction.correctsEventId()),
                        seal(header, type, correction, recordedAt), correction);
            }
        } else if (RETRACTED.equals(type)) {
            RetractionDetails retraction = retraction(details, errors.at("details"));
            if (errors.isEmpty()) {
                command = new RetractEntry(EntryHeader.entryId(recordingAgency, retraction.retractsEventId()),
                        seal(header, type, retraction, recordedAt), retraction);
            }
        } else if (eventType != null && details != MALFORMED && errors.isEmpty()) {
            TypeVocabulary.Reading reading = Vocabulary.of(type).orElseThrow().read(details);
            warnings = reading.warnings().stream()
                    .map(w -> new FieldError("details." + w.field(), w.message())).collect(Collectors.toList());
            if (eventType == EventType.RELATIONSHIP_RECORDED) {
                header = RelatedPeople.fileUnderBoth(header, reading.details(), warnings);
            }
            command = new RecordEntry(eventType.record(seal(header, type, reading.details(), recordedAt),
                    reading.details()));
        }
        return command == null ? new ParseResult.Invalid(eventId, errors.list())
                : new ParseResult.Valid(command, warnings);
    }

    private static EntryHeader seal(EntryHeader header, String type, Object details, Instant recordedAt) {
        String fingerprint = Fingerprint.of(type, header, details);
        return new EntryHeader(header.eventId(), header.recordingAgency(), header.actingAgency(), header.occurrence(),
                recordedAt, header.children(), header.adults(), header.worker(), header.summary(), header.knownTo(),
                header.source(), fingerprint);
    }

    // --- envelope fields ---------------------------------------------------------------------------------

    private String agency(JsonNode node, String field, boolean required, FieldErrors errors) {
        String code = requiredOrOptionalText(node, field, required, errors);
        if (code == null) {
            return null;
        }
        if (!Codes.isAgencyCode(code)) {
            errors.add(field, "must be an agency code of 2-32 characters A-Z, 0-9 and -");
            return null;
        }
        if (!agencies.isRegistered(code)) {
            errors.add(field, "'" + code + "' is not a registered agency");
            return null;
        }
        return code;
    }

    private static Occurrence occurrence(JsonNode node, Instant recordedAt, boolean required, FieldErrors errors) {
        LocalDate today = recordedAt.atOffset(ZoneOffset.UTC).toLocalDate();
        String occurredAt = requiredOrOptionalText(node, "occurredAt", false, errors);
        LocalDate notBefore = boundDate(node, "occurredNotBefore", today, errors);
        LocalDate notAfter = boundDate(node, "occurredNotAfter", today, errors);
        Boolean estimated = bool(node, "estimated", errors);
        String dateBasis = text(node, "dateBasis", MAX_TEXT, false, errors);
        if (occurredAt == null && notBefore == null && notAfter == null) {
            if (required && !node.hasNonNull("occurredAt") && !node.hasNonNull("occurredNotBefore")
                    && !node.hasNonNull("occurredNotAfter")) {
                errors.add("occurredAt", "is required unless occurredNotBefore or occurredNotAfter is given");
            }
            return null;
        }
        if (notBefore != null && notAfter != null && notBefore.isAfter(notAfter)) {
            errors.add("occurredNotBefore", "must not be after occurredNotAfter");
            return null;
        }
        Precision precision = Precision.UNKNOWN;
        LocalDate start = notBefore;
        LocalDate end = notAfter;
        long sortKey;
        String normalised = null;
        if (occurredAt != null) {
            Period period = period(occurredAt, errors);
            if (period == null) {
                return null;
            }
            if (period.start.isBefore(EARLIEST) || period.start.isAfter(today.plusDays(1))) {
                errors.add("occurredAt", "must lie between 1900-01-01 and today");
                return null;
            }
            // The local date alone lets a far-west offset (-18:00) carry an instant up to a day ahead; allow
            // only the clock skew of the sending system.
            if (period.instant != null && period.instant.isAfter(recordedAt.plus(CLOCK_SKEW))) {
                errors.add("occurredAt", "lies in the future");
                return null;
            }
            precision = period.precision;
            normalised = period.text;
            start = notBefore == null || period.start.isAfter(notBefore) ? period.start : notBefore;
            end = notAfter == null || period.end.isBefore(notAfter) ? period.end : notAfter;
            if (start.isAfter(end)) {
                errors.add("occurredAt", "lies outside occurredNotBefore..occurredNotAfter");
                return null;
            }
            sortKey = period.sortKey;
        } else {
            if (start == null) {
                start = end;
            }
            if (end == null) {
                // An open-ended period can end no later than the day it was recorded.
                end = today.isBefore(start) ? start : today;
            }
            sortKey = start.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        }
        if (end.isAfter(today.plusDays(1))) {
            end = today.plusDays(1);
        }
        return new Occurrence(normalised, precision, notBefore, notAfter, estimated, dateBasis, start, end, sortKey);
    }

    /** @param instant the moment of a date-time, null for a year, month or day */
    private record Period(String text, Precision precision, LocalDate start, LocalDate end, long sortKey,
                          Instant instant) {
    }

    private static Period period(String value, FieldErrors errors) {
        try {
            if (YEAR.matcher(value).matches()) {
                LocalDate start = LocalDate.of(Integer.parseInt(value), 1, 1);
                return new Period(value, Precision.YEAR, start, start.withDayOfYear(start.lengthOfYear()),
                        epochDay(start), null);
            }
            if (MONTH.matcher(value).matches()) {
                YearMonth month = YearMonth.parse(value);
                return new Period(value, Precision.MONTH, month.atDay(1), month.atEndOfMonth(), epochDay(month.atDay(1)),
                        null);
            }
            if (DAY.matcher(value).matches()) {
                LocalDate day = LocalDate.parse(value);
                return new Period(value, Precision.DAY, day, day, epochDay(day), null);
            }
            if (value.length() <= 40 && value.contains("T")) {
                OffsetDateTime instant = OffsetDateTime.parse(value);
                // ISO-8601 parsing allows ±18:00; no place on Earth keeps a time beyond ±14:00 (Kiribati).
                if (Math.abs(instant.getOffset().getTotalSeconds()) > MAX_OFFSET_SECONDS) {
                    errors.add("occurredAt", "has an offset beyond ±14:00");
                    return null;
                }
                LocalDate day = instant.toLocalDate();
                return new Period(instant.toString(), Precision.INSTANT, day, day,
                        instant.toLocalDateTime().toEpochSecond(ZoneOffset.UTC), instant.toInstant());
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.add("occurredAt", "is not a valid date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 date-time with offset");
            return null;
        }
        errors.add("occurredAt", "must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 date-time with offset");
        return null;
    }

    private static long epochDay(LocalDate date) {
        return date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    private static LocalDate boundDate(JsonNode node, String field, LocalDate today, FieldErrors errors) {
        String value = requiredOrOptionalText(node, field, false, errors);
        if (value == null) {
            return null;
        }
        try {
            if (DAY.matcher(value).matches()) {
                LocalDate date = LocalDate.parse(value);
                if (date.isBefore(EARLIEST) || date.isAfter(today.plusDays(1))) {
                    errors.add(field, "must lie between 1900-01-01 and today");
                    return null;
                }
                return date;
            }
        } catch (DateTimeParseException e) {
            // fall through to the error below
        }
        errors.add(field, "must be a date YYYY-MM-DD");
        return null;
    }

    private static List<String> ids(JsonNode node, String field, Pattern syntax, boolean required, FieldErrors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(field, "is required: list at least one child id");
            }
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(field, "must be an array of ids");
            return List.of();
        }
        if (required && value.isEmpty()) {
            errors.add(field, "must list at least one child id");
        }
        if (value.size() > MAX_LIST) {
            errors.add(field, "must list at most " + MAX_LIST + " ids");
            return List.of();
        }
        List<String> ids = new ArrayList<>(value.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode id = value.get(i);
            if (!id.isTextual() || !syntax.matcher(id.textValue()).matches()) {
                errors.add(field + "[" + i + "]", "must be an id of 1-64 characters A-Z a-z 0-9 . _ : -");
            } else if (!seen.add(id.textValue())) {
                errors.add(field + "[" + i + "]", "repeats '" + id.textValue() + "'");
            } else {
                ids.add(id.textValue());
            }
        }
        return ids;
    }

    private static void people(EventType type, int named, FieldErrors errors) {
        if (type == EventType.PERSON_RECORDED && named != 1) {
            errors.add("children", "person.recorded names exactly one person, in children or adults");
        } else if (named == 0) {
            errors.add("children", "must name the people related, in children or adults");
        }
    }

    private static List<String> agencyCodes(JsonNode node, String field, FieldErrors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray() || value.size() > MAX_LIST) {
            errors.add(field, "must be an array of at most " + MAX_LIST + " agency codes");
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode code = value.get(i);
            if (!code.isTextual() || !Codes.isAgencyCode(code.textValue())) {
                errors.add(field + "[" + i + "]", "must be an agency code of 2-32 characters A-Z, 0-9 and -");
            } else if (!codes.contains(code.textValue())) {
                codes.add(code.textValue());
            }
        }
        return codes;
    }

    private static Worker worker(JsonNode value, String field, FieldErrors errors) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            errors.add(field, "must be an object {\"id\", \"role\"}");
            return null;
        }
        FieldErrors at = errors.at(field);
        String id = requiredText(value, "id", Codes.PERSON_ID, "must be 1-64 characters A-Z a-z 0-9 . _ : -", at);
        String role = requiredText(value, "role", Codes.ROLE, "must be an upper-case role code such as SOCIAL_WORKER", at);
        return id == null || role == null ? null : new Worker(id, role);
    }

    private static Boolean bool(JsonNode node, String field, FieldErrors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            errors.add(field, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    private static String text(JsonNode node, String field, int max, boolean required, FieldErrors errors) {
        String value = requiredOrOptionalText(node, field, required, errors);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            errors.add(field, "must not be blank");
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            errors.add(field, "must be at most " + max + " characters");
            return null;
        }
        if (CONTROL.matcher(value).find()) {
            errors.add(field, "must be plain text without control characters");
            return null;
        }
        return value;
    }

    private static String requiredText(JsonNode node, String field, Pattern syntax, String syntaxMessage,
                                       FieldErrors errors) {
        String value = requiredOrOptionalText(node, field, true, errors);
        if (value != null && syntax != null && !syntax.matcher(value).matches()) {
            errors.add(field, syntaxMessage);
            return null;
        }
        return value;
    }

    private static String requiredOrOptionalText(JsonNode node, String field, boolean required, FieldErrors errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add(field, "is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            errors.add(field, "must be a string");
            return null;
        }
        return value.textValue();
    }

    // --- details -------------------------------------------------------------------------------------------

    /** Marks a {@code details} value that is present but unusable, so no typed binding is attempted. */
    private static final Map<String, Object> MALFORMED = Map.of("", "");

    private static Map<String, Object> detailsMap(JsonNode node, FieldErrors errors) {
        JsonNode details = node.get("details");
        if (details == null || details.isNull()) {
            return null;
        }
        if (!details.isObject()) {
            errors.add("details", "must be a JSON object");
            return MALFORMED;
        }
        if (depth(details) > MAX_DETAILS_DEPTH) {
            errors.add("details", "must not nest deeper than " + MAX_DETAILS_DEPTH + " levels");
            return MALFORMED;
        }
        if (details.toString().length() > MAX_DETAILS_CHARS) {
            errors.add("details", "must be at most " + MAX_DETAILS_CHARS + " characters of JSON");
            return MALFORMED;
        }
        return MAPPER.convertValue(details, MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                deepest = Math.max(deepest, depth(child));
            }
        }
        return deepest + 1;
    }

    private static CorrectionDetails correction(Map<String, Object> details, Instant recordedAt, FieldErrors errors) {
        if (details == null || details == MALFORMED) {
            if (details == null) {
                errors.add("correctsEventId", "is required");
            }
            return null;
        }
        ObjectNode node = MAPPER.valueToTree(details);
        String corrects = requiredText(node, "correctsEventId", Codes.EVENT_ID,
                "must be the eventId of an entry your agency recorded", errors);
        boolean datesGiven = node.has("occurredAt") || node.has("occurredNotBefore") || node.has("occurredNotAfter");
        Occurrence occurrence = datesGiven ? occurrence(node, recordedAt, false, errors) : null;
        String summary = text(node, "summary", MAX_SUMMARY, false, errors);
        String actingAgency = requiredOrOptionalText(node, "actingAgency", false, errors);
        if (actingAgency != null && !Codes.isAgencyCode(actingAgency)) {
            errors.add("actingAgency", "must be an agency code of 2-32 characters A-Z, 0-9 and -");
        }
        List<String> children = node.has("children") ? ids(node, "children", Codes.PERSON_ID, true, errors) : null;
        List<String> adults = node.has("adults") ? ids(node, "adults", Codes.PERSON_ID, false, errors) : null;
        Worker worker = worker(node.get("worker"), "worker", errors);
        List<String> knownTo = node.has("knownTo") ? agencyCodes(node, "knownTo", errors) : null;
        Map<String, Object> corrected = null;
        if (node.hasNonNull("details")) {
            if (!node.get("details").isObject()) {
                errors.add("details", "must be a JSON object");
            } else {
                corrected = MAPPER.convertValue(node.get("details"),
                        MAPPER.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
            }
        }
        CorrectionDetails correction = new CorrectionDetails(corrects, occurrence, summary, actingAgency, children,
                adults, worker, knownTo, corrected);
        if (corrects != null && correction.changesNothing() && errors.isEmpty()) {
            errors.add("", "must give at least one corrected field (occurredAt, summary, actingAgency, children, "
                    + "adults, worker, knownTo or details)");
        }
        return correction;
    }

    private static RetractionDetails retraction(Map<String, Object> details, FieldErrors errors) {
        if (details == null || details == MALFORMED) {
            if (details == null) {
                errors.add("retractsEventId", "is required");
            }
            return null;
        }
        ObjectNode node = MAPPER.valueToTree(details);
        String retracts = requiredText(node, "retractsEventId", Codes.EVENT_ID,
                "must be the eventId of an entry your agency recorded", errors);
        String reason = text(node, "reason", MAX_TEXT, true, errors);
        return new RetractionDetails(retracts, reason);
    }

    private static String abbreviate(String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return CONTROL.matcher(shown).replaceAll("?");
    }
}

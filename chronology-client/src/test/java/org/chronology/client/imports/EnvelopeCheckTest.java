package org.chronology.client.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chronology.client.api.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EnvelopeCheck check = new EnvelopeCheck(Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_complete_envelope_passes() {
        assertThat(check.problems(valid())).isEmpty();
    }

    @Test
    void every_date_form_of_the_contract_passes() {
        for (String date : List.of("2018", "2018-03", "2018-03-02", "2018-03-02T10:15:00+01:00")) {
            assertThat(check.problems(valid().put("occurredAt", date))).as(date).isEmpty();
        }
        assertThat(check.problems(without(valid(), "occurredAt").put("occurredNotBefore", "2018-01-01"))).isEmpty();
    }

    @Test
    void required_fields_are_named_when_missing() {
        ObjectNode empty = JSON.createObjectNode();

        assertThat(fields(check.problems(empty)))
                .contains("eventId", "type", "recordingAgency", "occurredAt", "children", "summary");
    }

    @Test
    void ids_codes_and_types_must_have_the_contract_syntax() {
        ObjectNode event = valid().put("eventId", "has space").put("recordingAgency", "csc").put("type", "Visit");
        event.putArray("children").add("ok").add("not ok");

        assertThat(fields(check.problems(event))).containsExactlyInAnyOrder("eventId", "recordingAgency", "type", "children[1]");
    }

    @Test
    void impossible_future_and_reversed_dates_are_refused() {
        assertThat(fields(check.problems(valid().put("occurredAt", "2018-02-30")))).containsExactly("occurredAt");
        assertThat(fields(check.problems(valid().put("occurredAt", "02/03/2018")))).containsExactly("occurredAt");
        assertThat(fields(check.problems(valid().put("occurredAt", "2030-01-01")))).containsExactly("occurredAt");
        assertThat(fields(check.problems(valid().put("occurredNotBefore", "2018-05-01").put("occurredNotAfter", "2018-04-01"))))
                .containsExactly("occurredNotBefore");
    }

    @Test
    void lists_must_be_lists_without_repeats() {
        ObjectNode repeated = valid();
        repeated.putArray("children").add("C1").add("C1");

        assertThat(fields(check.problems(repeated))).containsExactly("children[1]");
        assertThat(fields(check.problems(valid().put("adults", "A1")))).containsExactly("adults");
    }

    @Test
    void worker_events_need_a_worker_with_id_and_role() {
        ObjectNode allocation = valid().put("type", "worker.allocated");
        assertThat(fields(check.problems(allocation))).containsExactly("worker");

        allocation.putObject("worker").put("id", "SW1").put("role", "social worker");
        assertThat(fields(check.problems(allocation))).containsExactly("worker.role");
    }

    @Test
    void estimated_is_a_boolean_and_details_an_object() {
        assertThat(fields(check.problems(valid().put("estimated", "yes").put("details", "text"))))
                .containsExactly("estimated", "details");
    }

    @Test
    void corrections_need_no_date_or_children() {
        ObjectNode correction = JSON.createObjectNode().put("eventId", "fix-1").put("type", "entry.corrected")
                .put("recordingAgency", "CSC").put("summary", "Meeting was in April");
        correction.putObject("details").put("correctsEventId", "T-036").put("occurredAt", "2018-04");

        assertThat(check.problems(correction)).isEmpty();
    }

    private static ObjectNode valid() {
        ObjectNode event = JSON.createObjectNode().put("eventId", "T-036").put("type", "strategy.meeting")
                .put("recordingAgency", "CSC").put("occurredAt", "2018-03").put("summary", "Strategy meeting");
        event.putArray("children").add("T-Twin1");
        return event;
    }

    private static ObjectNode without(ObjectNode event, String field) {
        event.remove(field);
        return event;
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }
}

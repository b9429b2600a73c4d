package org.chronology.client.imports;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.chronology.client.imports.Sources.CHECK;
import static org.chronology.client.imports.Sources.JSON;

/** Each supported Annex A list, as the published guidance lays it out, becomes the documented events. */
class AnnexASourceTest {

    @TempDir
    Path dir;

    @Test
    void list_1_contacts_become_referrals_made_at_the_contact_stage() throws IOException, URISyntaxException {
        List<JsonNode> events = events("list1-contacts.csv");

        assertThat(summaries(events)).containsExactly(
                "AA-C100 2023-01-05 referral.made Contact received from q) 6: Police",
                "AA-C101 2023-01-12 referral.made Contact received from e) 2A: Schools");
        assertThat(events.get(0).get("details").toString()).isEqualTo("{\"stage\":\"contact\",\"referrer\":\"q) 6: Police\"}");
        assertThat(events.get(0).get("recordingAgency").textValue()).isEqualTo("LA");
        assertThat(events.get(0).get("source").textValue()).isEqualTo("Ofsted Annex A list 1 (contacts): list1-contacts.csv");
    }

    @Test
    void list_3_referrals_and_their_no_further_action_decisions() throws IOException, URISyntaxException {
        List<JsonNode> events = events("list3-referrals.csv");

        assertThat(summaries(events)).containsExactly(
                "AA-C100 2023-01-10 referral.made Referral received from q) 6: Police",
                "AA-C101 2023-01-15 referral.made Referral received from e) 2A: Schools",
                "AA-C101 2023-01-15 referral.decision Referral closed with no further action");
        JsonNode decision = events.get(2);
        assertThat(decision.get("details").get("decision").textValue()).isEqualTo("nfa");
        assertThat(decision.get("estimated").booleanValue()).isTrue();
        assertThat(decision.get("dateBasis").textValue()).contains("no decision date");
        assertThat(events.get(0).get("details").get("allocatedWorker").textValue()).isEqualTo("Jo Smith");
    }

    @Test
    void list_4_assessments_start_and_when_authorised_complete() throws IOException, URISyntaxException {
        List<JsonNode> events = events("list4-assessments.csv");

        assertThat(summaries(events)).containsExactly(
                "AA-C100 2023-01-11 assessment.started Child and family assessment started",
                "AA-C100 2023-02-20 assessment.completed Child and family assessment authorised: the child needs children's social care support",
                "AA-C102 2023-03-01 assessment.started Child and family assessment started");
        assertThat(events.get(1).get("details").toString())
                .isEqualTo("{\"kind\":\"child_and_family\",\"childSeen\":\"yes\",\"needsSocialCareSupport\":\"yes\"}");
    }

    @Test
    void list_5_section_47_enquiries_and_initial_conferences() throws IOException, URISyntaxException {
        assertThat(summaries(events("list5-section47.csv"))).containsExactly(
                "AA-C100 2023-01-13 s47.started Section 47 enquiry started, following a strategy discussion",
                "AA-C100 2023-01-27 conference.initial Initial child protection conference: child protection plan");
    }

    @Test
    void list_7_child_protection_plans_with_their_review_visit_and_end() throws IOException, URISyntaxException {
        assertThat(summaries(events("list7-cp-plans.csv"))).containsExactly(
                "AA-C100 2023-01-27 cp_plan.started Child protection plan started (a) Neglect)",
                "AA-C100 2023-04-21 conference.review Child protection review conference",
                "AA-C100 2023-04-03 visit.home Statutory child protection visit: child seen alone",
                "AA-C100 2023-06-30 cp_plan.ended Child protection plan ended (d) Emotional abuse)");
    }

    @Test
    void list_8_children_looked_after_from_start_to_ceasing() throws IOException, URISyntaxException {
        List<JsonNode> events = events("list8-looked-after.csv");

        assertThat(summaries(events)).containsExactly(
                "AA-C103 2023-07-01 child.accommodated Started to be looked after (V2: Single period under S20)",
                "AA-C103 2023-08-15 lac.review Looked-after statutory review",
                "AA-C103 2023-09-01 visit.home Social work visit to a looked-after child",
                "AA-C103 2023-10-30 service.withdrawn Ceased to be looked after "
                        + "(e) E4A: Returned home to live with parents or relatives - part of planning)");
        assertThat(events.get(0).get("details").get("categoryOfNeed").textValue()).isEqualTo("N1 - Abuse or neglect");
    }

    @Test
    void headers_match_in_any_case_with_common_variants_and_iso_dates() throws IOException {
        Path file = Files.writeString(dir.resolve("cp.csv"), "CHILD UNIQUE ID,cp plan start date,CP Plan End Date,Local Notes\n"
                + "X1,2023-01-27,30/06/2023 00:00,anything\n");

        assertThat(summaries(valid(read(file, null)))).containsExactly(
                "X1 2023-01-27 cp_plan.started Child protection plan started",
                "X1 2023-06-30 cp_plan.ended Child protection plan ended");
    }

    @Test
    void a_row_with_a_bad_date_or_no_child_is_rejected_whole_on_its_line() throws IOException {
        Path file = Files.writeString(dir.resolve("cp.csv"), "Child Unique ID,Child Protection Plan Start Date,Child Protection Plan End Date\n"
                + "X1,27/01/2023,31/06/2023\n"
                + ",27/01/2023,\n"
                + "X3,27/01/2023,\n");

        List<Candidate> candidates = read(file, null);

        assertThat(candidates).extracting(Candidate::line, Candidate::valid)
                .containsExactly(tuple(2, false), tuple(3, false),
                        tuple(4, true));
        assertThat(candidates.get(0).problems().get(0)).hasToString("Child Protection Plan End Date: '31/06/2023' is not a date dd/mm/yyyy");
        assertThat(candidates.get(1).problems().get(0)).hasToString("Child Unique ID: is required");
    }

    @Test
    void event_ids_are_the_same_on_every_read_and_differ_by_event() throws IOException, URISyntaxException {
        List<String> first = valid(read(resource("list7-cp-plans.csv"), null)).stream().map(e -> e.get("eventId").textValue()).toList();
        List<String> again = valid(read(resource("list7-cp-plans.csv"), null)).stream().map(e -> e.get("eventId").textValue()).toList();

        assertThat(first).isEqualTo(again).doesNotHaveDuplicates();
        assertThat(first.get(0)).startsWith("A7-cp_plan.started-");
    }

    @Test
    void a_file_that_is_not_the_list_named_or_no_supported_list_is_refused_at_its_header() throws IOException {
        Path contacts = Files.writeString(dir.resolve("c.csv"), "Child Unique ID,Date of Contact\nX1,05/01/2023\n");
        Path cin = Files.writeString(dir.resolve("cin.csv"), "Child Unique ID,CIN Start Date\nX1,05/01/2023\n");

        assertThatThrownBy(() -> read(contacts, AnnexAList.REFERRALS)).isInstanceOf(InputProblem.class)
                .hasMessage("c.csv:1: is not list 3 (referrals): it has no 'Date of referral' column");
        assertThatThrownBy(() -> read(cin, null)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("is not a supported Annex A list");
    }

    private List<JsonNode> events(String resource) throws IOException, URISyntaxException {
        List<Candidate> candidates = read(resource(resource), null);
        assertThat(candidates).allSatisfy(c -> assertThat(c.problems()).isEmpty());
        return valid(candidates);
    }

    private static List<JsonNode> valid(List<Candidate> candidates) {
        return candidates.stream().filter(Candidate::valid).map(Candidate::envelope).toList();
    }

    private static List<Candidate> read(Path file, AnnexAList list) throws IOException {
        return Sources.read(new AnnexASource(file, list, "LA", JSON, CHECK));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(AnnexASourceTest.class.getResource("/annex-a/" + name).toURI());
    }

    private static List<String> summaries(List<JsonNode> events) {
        return events.stream().map(e -> e.get("children").get(0).textValue() + " " + e.get("occurredAt").textValue()
                + " " + e.get("type").textValue() + " " + e.get("summary").textValue()).toList();
    }
}

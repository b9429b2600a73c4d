package org.chronology.api.workspace;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.api.export.Chronologies;
import org.chronology.api.export.Chronology;
import org.chronology.api.security.AdministrativeReads;
import org.chronology.api.security.Caller;
import org.chronology.core.api.event.AccessRole;
import org.chronology.core.api.workspace.NoteTarget;
import org.chronology.core.api.workspace.TriageFinding;
import org.chronology.core.api.workspace.Verdict;
import org.chronology.core.api.workspace.WriteReviewNote;
import org.chronology.projections.access.AccessRepository;
import org.chronology.projections.gaps.Category;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chronology.api.workspace.TimelineEntries.entry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.opaqueToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workspace's endpoints: who may write and read it, and bad input refused with nothing stored. */
@WebMvcTest({WorkspaceController.class, WorkspaceReads.class})
@Import(ReviewTargets.class)
class WorkspaceControllerTest {

    private static final String REVIEW = "review-1";
    private static final Finding TURNOVER = new Finding("SW_TURNOVER", Category.TURNOVER, Severity.MEDIUM, "2018-04-02",
            LocalDate.of(2018, 4, 2), List.of("CSC"), List.of("T-040"), "3 social workers in 90 days");
    private static final String TURNOVER_KEY = FindingKeys.of(TURNOVER);

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private Chronologies chronologies;
    @MockitoBean
    private AccessRepository reviews;
    @MockitoBean
    private WorkspaceRepository workspaces;
    @MockitoBean
    private AdministrativeReads reads;

    @BeforeEach
    void aReviewOfFamilyT() {
        when(reviews.review(REVIEW)).thenReturn(Optional.of(new AccessRepository.ReviewScope(REVIEW, "Family T",
                Set.of("T-Twin1"), LocalDate.of(2017, 9, 1), LocalDate.of(2018, 6, 30))));
        when(chronologies.review(any(), eq(REVIEW), any())).thenReturn(new Chronology("Family T", List.of("T-Twin1"),
                LocalDate.of(2017, 9, 1), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 6, 30),
                List.of(entry("CSC", "T-036", "strategy.meeting", "2018-03-14", "2018-03-14", "T-Twin1")),
                List.of(new Chronology.ChildFinding(TURNOVER, List.of("T-Twin1")))));
        when(workspaces.of(REVIEW)).thenReturn(Workspace.EMPTY);
    }

    @Test
    void aReviewerWritesANoteOnAnEntryOfTheReviewAsTheirOwn() throws Exception {
        mvc.perform(post("/api/v1/reviews/" + REVIEW + "/notes").with(as(reviewer(REVIEW))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"entry\",\"ref\":\"CSC:T-036\",\"text\":\"The father's history was not used\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString());

        ArgumentCaptor<WriteReviewNote> sent = ArgumentCaptor.forClass(WriteReviewNote.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().target()).isEqualTo(NoteTarget.entry("CSC:T-036"));
        assertThat(sent.getValue().author()).isEqualTo("Rita Reviewer");
    }

    @Test
    void aNoteOnAnEntryOutsideTheReviewOrAPeriodOutsideItIsRefusedAndNothingStored() throws Exception {
        mvc.perform(post("/api/v1/reviews/" + REVIEW + "/notes").with(as(reviewer(REVIEW))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"entry\",\"ref\":\"CSC:T-999\",\"text\":\"A note\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("ref"));
        mvc.perform(post("/api/v1/reviews/" + REVIEW + "/notes").with(as(reviewer(REVIEW))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"period\",\"from\":\"2016-01-01\",\"to\":\"2018-02-01\",\"text\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "text")));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aDismissalNeedsItsReasonAndAVerdictIsKeptWithTheFindingsRule() throws Exception {
        mvc.perform(put("/api/v1/reviews/" + REVIEW + "/findings/" + TURNOVER_KEY + "/triage")
                        .with(as(reviewer(REVIEW))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"dismissed\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        verify(commands, never()).sendAndWait(any());

        mvc.perform(put("/api/v1/reviews/" + REVIEW + "/findings/" + TURNOVER_KEY + "/triage")
                        .with(as(reviewer(REVIEW))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"dismissed\",\"reason\":\"Leave cover only\"}"))
                .andExpect(status().isOk());
        verify(commands).sendAndWait(new TriageFinding(REVIEW, TURNOVER_KEY, "SW_TURNOVER", Verdict.DISMISSED,
                "Leave cover only", "Rita Reviewer"));
    }

    @Test
    void aJoinNeedsTwoEntriesAndASplitAnEntryOfTheReview() throws Exception {
        mvc.perform(post("/api/v1/reviews/" + REVIEW + "/rows/join").with(as(reviewer(REVIEW))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"entries\":[\"CSC:T-036\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entries"));
        mvc.perform(post("/api/v1/reviews/" + REVIEW + "/rows/split").with(as(reviewer(REVIEW))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"entry\":\"POLICE:P-404\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entry"));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aVerdictOnAFindingTheReviewDoesNotHaveIsNotFound() throws Exception {
        mvc.perform(put("/api/v1/reviews/" + REVIEW + "/findings/0000000000000000/triage")
                        .with(as(reviewer(REVIEW))).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"verdict\":\"confirmed\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void agenciesDashboardsAndOtherReviewsReviewersNeitherReadNorWriteIt() throws Exception {
        for (Caller caller : List.of(caller(AccessRole.AGENCY, "CSC", null), caller(AccessRole.DASHBOARD, null, null),
                reviewer("review-2"))) {
            mvc.perform(get("/api/v1/reviews/" + REVIEW + "/workspace").with(as(caller)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/reviews/" + REVIEW + "/notes").with(as(caller)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"on\":\"period\",\"from\":\"2018-01-01\",\"to\":\"2018-02-01\",\"text\":\"x\"}"))
                    .andExpect(status().isForbidden());
        }
        verifyNoInteractions(commands);
    }

    @Test
    void administratorsReadAReviewsWorkspaceAuditedAndTheRulesConfirmationCounts() throws Exception {
        when(workspaces.confirmations()).thenReturn(List.of(new WorkspaceRepository.RuleConfirmations("SW_TURNOVER", 3, 1, 2)));
        Caller admin = caller(AccessRole.ADMIN, null, null);

        mvc.perform(get("/api/v1/reviews/" + REVIEW + "/workspace").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/rule-confirmations").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rule").value("SW_TURNOVER"))
                .andExpect(jsonPath("$[0].dismissed").value(1));
        mvc.perform(get("/api/v1/admin/rule-confirmations").with(as(reviewer(REVIEW)))).andExpect(status().isForbidden());
        verify(reads).record(admin, "review-workspace");
        verify(commands, never()).sendAndWait(any());
    }

    private static Caller reviewer(String reviewId) {
        return new Caller("t-reviewer", AccessRole.REVIEWER, null, new Caller.Review(reviewId, Set.of("T-Twin1"),
                LocalDate.of(2017, 9, 1), LocalDate.of(2018, 6, 30)), "Rita Reviewer");
    }

    private static Caller caller(AccessRole role, String agency, Caller.Review review) {
        return new Caller("t-" + role.code(), role, agency, review, "Someone");
    }

    private static RequestPostProcessor as(Caller caller) {
        return opaqueToken().attributes(a -> a.put("caller", caller))
                .authorities(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
    }
}

package org.chronology.api.alerts;

import org.axonframework.eventhandling.gateway.EventGateway;
import org.chronology.api.security.Caller;
import org.chronology.api.storage.Writer;
import org.chronology.core.alert.AlertAcknowledged;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.alerts.AlertRules;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.opaqueToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agency lists and acknowledges its own alerts only; acknowledging records who did it, once. */
@WebMvcTest(AlertsController.class)
class AlertsControllerTest {

    private static final String ID = "c973fad0-1566-32fd-a0c2-01076619dfb1";
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Alerts alerts;
    @MockitoBean
    private EventGateway events;
    @MockitoBean
    private Writer writer;
    @MockitoBean
    private Clock clock;
    @MockitoBean
    private AlertRules rules;
    @MockitoBean
    private AlertStream stream;

    private static RequestPostProcessor as(AccessRole role, String agency) {
        return opaqueToken().attributes(a -> a.put("caller", new Caller("t1", role, agency, null, "Sam Social")))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    private static Alerts.AlertView alert(String agency, Instant acknowledgedAt) {
        return new Alerts.AlertView(ID, "UNSCHEDULED_CARE_ON_PLAN", "cp_plan", "C1", "ED:E-1", agency,
                NOW.minusSeconds(60), "/api/v1/children/C1/timeline", acknowledgedAt == null ? null : "Sam Social",
                acknowledgedAt, null);
    }

    @Test
    void givenAnAgency_whenItListsAlerts_thenOnlyItsOwnAreAskedFor() throws Exception {
        when(alerts.forAgency("CSC", true, 500)).thenReturn(new Alerts.AlertList(List.of(alert("CSC", null)), 1));

        mvc.perform(get("/api/v1/alerts?open=true").with(as(AccessRole.AGENCY, "CSC")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts[0].alertId").value(ID))
                .andExpect(jsonPath("$.alerts[0].link").value("/api/v1/children/C1/timeline"));
    }

    @Test
    void givenMoreOpenAlertsThanTheListHolds_whenListed_thenTheAnswerCountsThemAll() throws Exception {
        when(alerts.forAgency("CSC", false, 500)).thenReturn(new Alerts.AlertList(List.of(alert("CSC", null)), 742));

        mvc.perform(get("/api/v1/alerts").with(as(AccessRole.AGENCY, "CSC")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.alerts.length()").value(1))
                .andExpect(jsonPath("$.open").value(742));
    }

    @Test
    void givenAnAdministrator_whenOpeningTheStream_thenItIsTheStreamOfEscalations() throws Exception {
        when(stream.openForAdministrators()).thenReturn(new SseEmitter());

        mvc.perform(get("/api/v1/alerts/stream").with(as(AccessRole.ADMIN, null))).andExpect(status().isOk());
        verify(stream).openForAdministrators();
        verify(stream, never()).open(any());
    }

    @Test
    void givenAReviewer_whenOpeningTheStream_thenRefused() throws Exception {
        mvc.perform(get("/api/v1/alerts/stream").with(as(AccessRole.REVIEWER, null)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(stream);
    }

    @Test
    void givenAnAdministratorOrAReviewer_whenListingAlerts_thenRefused() throws Exception {
        mvc.perform(get("/api/v1/alerts").with(as(AccessRole.ADMIN, null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(alerts);
    }

    @Test
    void givenAnotherAgencysAlert_whenAcknowledged_thenNotFoundAndNothingRecorded() throws Exception {
        when(alerts.find(ID)).thenReturn(Optional.of(alert("CSC", null)));

        mvc.perform(post("/api/v1/alerts/" + ID + "/acknowledge").with(as(AccessRole.AGENCY, "ED")).with(csrf()))
                .andExpect(status().isNotFound());
        verifyNoInteractions(writer, events);
    }

    @Test
    void givenItsOwnAlert_whenAcknowledged_thenWhoAndWhenAreRecorded() throws Exception {
        when(clock.instant()).thenReturn(NOW);
        when(alerts.find(ID)).thenReturn(Optional.of(alert("CSC", null)), Optional.of(alert("CSC", NOW)));
        doAnswer(call -> {
            call.<Runnable>getArgument(0).run();
            return null;
        }).when(writer).writeFirst(any());

        mvc.perform(post("/api/v1/alerts/" + ID + "/acknowledge").with(as(AccessRole.AGENCY, "CSC")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.acknowledgedBy").value("Sam Social"));
        verify(events).publish(new AlertAcknowledged(ID, "CSC", "Sam Social", "t1", NOW));
    }

    @Test
    void givenAnAlertAcknowledgedBefore_whenAcknowledgedAgain_thenTheFirstAcknowledgementStands() throws Exception {
        when(alerts.find(ID)).thenReturn(Optional.of(alert("CSC", NOW)));

        mvc.perform(post("/api/v1/alerts/" + ID + "/acknowledge").with(as(AccessRole.AGENCY, "CSC")).with(csrf()))
                .andExpect(status().isOk());
        verify(writer, never()).writeFirst(any());
    }
}

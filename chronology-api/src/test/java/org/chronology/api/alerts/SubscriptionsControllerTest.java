package org.chronology.api.alerts;

import org.chronology.api.security.Caller;
import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.alerts.AlertRules;
import org.chronology.projections.alerts.NaiInBaby;
import org.chronology.projections.alerts.UnscheduledCareOnPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.opaqueToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An agency subscribes for its own alerts to rules it names; the secret is shown once; nothing bad is stored. */
@WebMvcTest(SubscriptionsController.class)
class SubscriptionsControllerTest {

    private static final String TARGET = "https://hooks.example.gov.uk/chronology";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private Subscriptions subscriptions;
    @MockitoBean
    private WebhookHosts hosts;
    @MockitoBean
    private Clock clock;
    @MockitoBean
    private AlertRules rules;

    @BeforeEach
    void knownRules() {
        when(rules.rules()).thenReturn(List.of(new UnscheduledCareOnPlan(), new NaiInBaby()));
        when(hosts.target(TARGET)).thenReturn(URI.create(TARGET));
        when(clock.instant()).thenReturn(Instant.parse("2026-12-07T15:00:00Z"));
    }

    private static RequestPostProcessor as(AccessRole role, String agency) {
        return opaqueToken().attributes(a -> a.put("caller", new Caller("t1", role, agency, null, "Sam Social")))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Test
    void givenAnAgency_whenItSubscribes_thenTheSubscriptionIsItsOwnAndTheSecretIsShownOnce() throws Exception {
        mvc.perform(post("/api/v1/subscriptions").with(as(AccessRole.AGENCY, "CSC")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":\"" + TARGET + "\",\"rules\":[\"NAI_IN_BABY\"],\"children\":[\"C1\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agency").value("CSC"))
                .andExpect(jsonPath("$.rules[0]").value("NAI_IN_BABY"))
                .andExpect(jsonPath("$.secret").isString());
        ArgumentCaptor<String> secret = ArgumentCaptor.forClass(String.class);
        verify(subscriptions).create(any(), secret.capture());
        assertThat(secret.getValue()).hasSizeGreaterThanOrEqualTo(43);

        Subscriptions.Subscription stored = new Subscriptions.Subscription("subscription-1", "CSC", TARGET,
                List.of("NAI_IN_BABY"), List.of("C1"), false, Instant.EPOCH);
        when(subscriptions.ofAgency("CSC")).thenReturn(List.of(stored));
        mvc.perform(get("/api/v1/subscriptions").with(as(AccessRole.AGENCY, "CSC")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subscriptions[0].subscriptionId").value("subscription-1"))
                .andExpect(jsonPath("$.subscriptions[0].secret").doesNotExist());
    }

    @Test
    void givenAnUnknownRuleAndABadChildId_thenBothAreNamedAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/v1/subscriptions").with(as(AccessRole.AGENCY, "CSC")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":\"" + TARGET + "\",\"rules\":[\"NO_SUCH\"],\"children\":[\"a b\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("rules"))
                .andExpect(jsonPath("$.errors[1].field").value("children"));
        verify(subscriptions, never()).create(any(), anyString());
    }

    @Test
    void givenAnAdministrator_thenSubscribingIsRefused() throws Exception {
        mvc.perform(post("/api/v1/subscriptions").with(as(AccessRole.ADMIN, null)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"target\":\"" + TARGET + "\"}"))
                .andExpect(status().isForbidden());
        verify(subscriptions, never()).create(any(), anyString());
    }

    @Test
    void givenAnotherAgencysSubscription_whenPaused_thenNotFoundAndUnchanged() throws Exception {
        when(subscriptions.find("subscription-1")).thenReturn(Optional.of(new Subscriptions.Subscription(
                "subscription-1", "CSC", TARGET, List.of(), List.of(), false, Instant.EPOCH)));

        mvc.perform(post("/api/v1/subscriptions/subscription-1/pause").with(as(AccessRole.AGENCY, "ED")).with(csrf()))
                .andExpect(status().isNotFound());
        verify(subscriptions, never()).pause(anyString(), anyBoolean());
    }
}

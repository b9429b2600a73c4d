package org.chronology.api.agency;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.chronology.core.api.command.AgencyRegistration;
import org.chronology.core.api.command.RegisterAgency;
import org.chronology.core.api.event.Sector;
import org.chronology.projections.agency.JdbcAgencyDirectory;
import org.chronology.api.security.Caller;
import org.chronology.core.api.event.AccessRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.opaqueToken;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(AgenciesController.class)
class AgenciesControllerTest {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private JdbcAgencyDirectory directory;

    /** An administrator's token, as the introspector turns it into a principal. */
    private static RequestPostProcessor admin() {
        return opaqueToken().attributes(a -> a.put("caller", new Caller("t1", AccessRole.ADMIN, null, null, "Ada Admin")))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }

    @Test
    void registeringANewAgencyAnswersCreated() throws Exception {
        when(commands.sendAndWait(new RegisterAgency("BHT", "Buckinghamshire Healthcare", Sector.HEALTH_ACUTE)))
                .thenReturn(AgencyRegistration.REGISTERED);

        mvc.perform(put("/api/v1/agencies/BHT").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Buckinghamshire Healthcare\",\"sector\":\"health.acute\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sector").value("health.acute"));
    }

    @Test
    void reRegisteringAnAgencyAnswersOk() throws Exception {
        when(commands.sendAndWait(any(RegisterAgency.class))).thenReturn(AgencyRegistration.UPDATED);

        mvc.perform(put("/api/v1/agencies/BHT").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"BHT\",\"sector\":\"health.acute\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aBadCodeAndAnUnknownSectorAreBothNamed() throws Exception {
        mvc.perform(put("/api/v1/agencies/bht").with(admin()).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"BHT\",\"sector\":\"health.acutely\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[1].field").value("sector"));
        verify(commands, never()).sendAndWait(any());
    }
}

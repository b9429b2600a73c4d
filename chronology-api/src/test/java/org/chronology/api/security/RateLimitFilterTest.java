package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(1, 3, new ObjectMapper());

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(String token) throws Exception {
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(token, null, "ROLE_AGENCY");
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/rules"), response, new MockFilterChain());
        return response;
    }

    @Test
    void aTokenOverItsBurstIsToldWhenToRetry() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(request("t1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("t1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(request("t2").getStatus()).as("another token has its own bucket").isEqualTo(200);
    }
}

package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyLimitFilterTest {

    private final ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, new ObjectMapper());

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private MockHttpServletResponse request(String token, FilterChain chain) throws IOException, ServletException {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(token, null, "ROLE_AGENCY"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/events/batch"), response, chain);
        return response;
    }

    @Test
    void aTokenWithARequestInProgressIsToldToRetryWhileAnotherTokenIsServed() throws Exception {
        AtomicReference<MockHttpServletResponse> whileBusy = new AtomicReference<>();
        AtomicReference<MockHttpServletResponse> otherToken = new AtomicReference<>();
        // The first request, still in progress, sends the second of the same token, and one of another token.
        MockHttpServletResponse first = request("t1", (req, res) -> {
            whileBusy.set(request("t1", new MockFilterChain()));
            otherToken.set(request("t2", new MockFilterChain()));
        });

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(whileBusy.get().getStatus()).isEqualTo(429);
        assertThat(whileBusy.get().getHeader("Retry-After")).isEqualTo("1");
        assertThat(whileBusy.get().getContentType()).isEqualTo("application/problem+json");
        assertThat(otherToken.get().getStatus()).isEqualTo(200);
        assertThat(request("t1", new MockFilterChain()).getStatus()).as("the permit is returned").isEqualTo(200);
    }
}

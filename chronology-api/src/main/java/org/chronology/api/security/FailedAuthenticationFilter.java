package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses every request from an address that has failed authentication too often, before its token is looked
 * at: a guesser learns nothing more until the block is over. Not a bean, so that it runs only in the security
 * chain, where {@link SecurityConfiguration} places it.
 */
class FailedAuthenticationFilter extends OncePerRequestFilter {

    private final FailedAuthentications failures;
    private final ObjectMapper mapper;

    FailedAuthenticationFilter(FailedAuthentications failures, ObjectMapper mapper) {
        this.failures = failures;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long waitSeconds = failures.retryAfterSeconds(request.getRemoteAddr());
        if (waitSeconds > 0) {
            response.setHeader("Retry-After", Long.toString(waitSeconds));
            SecurityConfiguration.write(response, mapper, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed authentications from this address; retry after " + waitSeconds + " s.");
            return;
        }
        chain.doFilter(request, response);
    }
}

package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code chronology.security.concurrent-requests} requests of one token in progress at once (per node):
 * one token cannot hold every request thread with slow 1,000-event batches while other agencies wait. Past it,
 * 429 with {@code Retry-After}, like the rate limit.
 */
@Component
class ConcurrencyLimitFilter extends OncePerRequestFilter {

    private final Map<String, Semaphore> inProgress = new ConcurrentHashMap<>();
    private final int limit;
    private final ObjectMapper mapper;

    ConcurrencyLimitFilter(@Value("${chronology.security.concurrent-requests:16}") int limit, ObjectMapper mapper) {
        this.limit = limit;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            chain.doFilter(request, response);
            return;
        }
        Semaphore permits = inProgress.computeIfAbsent(authentication.getName(), k -> new Semaphore(limit));
        if (!permits.tryAcquire()) {
            response.setHeader("Retry-After", "1");
            SecurityConfiguration.write(response, mapper, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many requests of this token in progress at once (at most " + limit + "); retry after 1 s.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }
}

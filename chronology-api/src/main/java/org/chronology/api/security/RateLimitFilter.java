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

/**
 * A token bucket per bearer token: {@code burst} requests at once, refilled at {@code requests-per-second}.
 * Past it, 429 with {@code Retry-After}. Per node: several nodes each allow the rate.
 */
@Component
class RateLimitFilter extends OncePerRequestFilter {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final double burst;
    private final ObjectMapper mapper;

    RateLimitFilter(@Value("${chronology.security.rate-limit.requests-per-second:200}") double perSecond,
                    @Value("${chronology.security.rate-limit.burst:1000}") double burst, ObjectMapper mapper) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && authentication.getName() != null) {
            long waitSeconds = buckets.computeIfAbsent(authentication.getName(), k -> new Bucket(burst)).take(perSecond, burst);
            if (waitSeconds > 0) {
                response.setHeader("Retry-After", Long.toString(waitSeconds));
                SecurityConfiguration.write(response, mapper, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many requests for this token; retry after " + waitSeconds + " s.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Tokens left and when they were last counted; synchronised per token, so contention stays per caller. */
    private static final class Bucket {
        private double tokens;
        private long last = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        /** @return 0 when a request may go ahead, else whole seconds until one may */
        synchronized long take(double perSecond, double burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}

package org.chronology.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.chronology.api.web.Problem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.io.IOException;

/**
 * Bearer tokens through Spring Security's opaque-token resource server. Coarse rules by path live here; the
 * finer ones (an agency's own events, a reviewer's children) in the endpoints, which all ask the {@link Caller}.
 * Denials are problem+json and say nothing about whether a child exists.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, TokenIntrospector introspector, RateLimitFilter rateLimit,
                            ConcurrencyLimitFilter concurrencyLimit,
                            FailedAuthentications failures, ObjectMapper mapper) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            // Only a token that was presented and failed counts towards the address's limit, not a missing one.
            if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
                failures.failed(request.getRemoteAddr());
            }
            write(response, mapper, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
        };
        return http
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookies, so nothing to forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        // Metrics name endpoints, volumes and failures: operational detail for administrators only.
                        .requestMatchers("/actuator/prometheus", "/actuator/prometheus/**").hasRole("ADMIN")
                        // The web pages are static files holding no data: they call the API with the signed-in token.
                        .requestMatchers(HttpMethod.GET, "/", "/app/**").permitAll()
                        // The API's description holds no data, and an integrator reads it before any token is issued.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/reviews/*/chronology", "/api/v1/reviews/*/export.*")
                        .hasRole("REVIEWER")
                        // The review workspace: its reviewers write; they and administrators read (WorkspaceReads).
                        .requestMatchers(HttpMethod.GET, "/api/v1/reviews/*/workspace").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/api/v1/reviews/*/notes", "/api/v1/reviews/*/findings/**",
                                "/api/v1/reviews/*/findings", "/api/v1/reviews/*/rows/**").hasRole("REVIEWER")
                        .requestMatchers("/api/v1/admin/**", "/api/v1/tokens/**", "/api/v1/audit/**",
                                "/api/v1/reviews/**", "/api/v1/dashboard-tokens").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/agencies/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/agencies/*/tokens").hasRole("ADMIN")
                        .requestMatchers("/api/v1/events/**").hasRole("AGENCY")
                        .requestMatchers("/api/v1/dashboard/**").hasRole("DASHBOARD")
                        .requestMatchers("/api/v1/children/*/grants", "/api/v1/grants/**").hasAnyRole("ADMIN", "AGENCY")
                        .requestMatchers("/api/v1/children/**", "/api/v1/people/**").hasAnyRole("AGENCY", "REVIEWER")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .opaqueToken(token -> token.introspector(introspector))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) ->
                                write(response, mapper, HttpStatus.FORBIDDEN, "This token may not do that.")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) ->
                                write(response, mapper, HttpStatus.FORBIDDEN, "This token may not do that.")))
                .headers(headers -> headers
                        // Written only for requests that came over TLS (isSecure, which honours X-Forwarded-Proto
                        // from a trusted proxy): over plain HTTP the header would be ignored and only mislead.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        // No inline styles or scripts: the vendored vis-timeline's injected <style> copies of its
                        // linked stylesheet are switched off instead (static/app/vendor/README.md).
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .addFilterBefore(new FailedAuthenticationFilter(failures, mapper), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(rateLimit, BearerTokenAuthenticationFilter.class)
                .addFilterAfter(concurrencyLimit, RateLimitFilter.class)
                .build();
    }

    static void write(HttpServletResponse response, ObjectMapper mapper, HttpStatus status, String detail)
            throws IOException {
        Problem problem = Problem.of(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        mapper.writeValue(response.getOutputStream(), problem.body());
    }
}

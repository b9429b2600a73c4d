package org.chronology.api.security;

import org.chronology.core.api.event.AccessRole;
import org.chronology.projections.access.AccessRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Turns a presented bearer token into a {@link Caller}, for Spring Security's opaque-token resource server.
 * The configured bootstrap admin token, if any, is compared in constant time; every other token is found by
 * its id and its secret checked against the stored hash. A token stops working at its expiry (a reviewer's when
 * its review closes). Every failure says the same thing.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

    static final String CALLER = "caller";
    static final String BOOTSTRAP_ID = "bootstrap-admin";

    private final AccessRepository access;
    private final String configuredAdminToken;
    private final Clock clock;

    TokenIntrospector(AccessRepository access,
                      @Value("${chronology.security.admin-token:${CHRONOLOGY_ADMIN_TOKEN:}}") String configuredAdminToken,
                      Clock clock) {
        this.access = access;
        this.configuredAdminToken = AdminTokenStrength.check(configuredAdminToken);
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        if (!configuredAdminToken.isEmpty() && TokenSecrets.same(token, configuredAdminToken)) {
            return principal(new Caller(BOOTSTRAP_ID, AccessRole.ADMIN, null, null, "bootstrap administrator"));
        }
        TokenSecrets.Presented presented = TokenSecrets.parse(token).orElseThrow(TokenIntrospector::invalid);
        AccessRepository.StoredToken stored = access.token(presented.tokenId()).orElseThrow(TokenIntrospector::invalid);
        Instant now = clock.instant();
        if (!TokenSecrets.same(TokenSecrets.hash(presented.secret()), stored.secretHash()) || stored.revokedAt() != null
                || (stored.expiresAt() != null && !now.isBefore(stored.expiresAt()))) {
            throw invalid();
        }
        Caller.Review review = null;
        if (stored.role() == AccessRole.REVIEWER) {
            AccessRepository.ReviewScope scope = access.review(stored.reviewId()).orElseThrow(TokenIntrospector::invalid);
            review = new Caller.Review(scope.reviewId(), scope.children(), scope.from(), scope.to());
        }
        return principal(new Caller(stored.tokenId(), stored.role(), stored.agency(), review, stored.issuedTo()));
    }

    private static OAuth2AuthenticatedPrincipal principal(Caller caller) {
        return new DefaultOAuth2AuthenticatedPrincipal(caller.tokenId(), Map.of(CALLER, caller),
                List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    }

    private static BadOpaqueTokenException invalid() {
        return new BadOpaqueTokenException("The bearer token is not valid.");
    }
}

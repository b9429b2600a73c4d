package org.chronology.api.security;

/**
 * A configured administrator token must be hard to guess: at least 32 characters drawn from at least 12
 * different ones (about 128 bits when generated, far more than any phrase a person picks). The service refuses
 * to start with a weaker one rather than guard every record with it.
 */
final class AdminTokenStrength {

    static final int MIN_LENGTH = 32;
    static final int MIN_DISTINCT = 12;

    private AdminTokenStrength() {
    }

    /** {@code token} unchanged when empty (none configured) or strong; otherwise refuses to start. */
    static String check(String token) {
        if (!token.isEmpty() && (token.length() < MIN_LENGTH || token.chars().distinct().count() < MIN_DISTINCT
                || token.chars().anyMatch(c -> c <= ' ' || c > '~'))) {
            throw new IllegalStateException("CHRONOLOGY_ADMIN_TOKEN is too weak: use at least " + MIN_LENGTH
                    + " printable characters with at least " + MIN_DISTINCT + " different ones, for example the"
                    + " output of `openssl rand -base64 32`.");
        }
        return token;
    }
}

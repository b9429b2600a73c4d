package org.chronology.api.alerts;

import org.chronology.api.web.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The webhook hosts an administrator allows, and the check every target passes: alerts name children, so they go
 * only over HTTPS to hosts an administrator chose. Plain HTTP to this machine is allowed only when
 * {@code chronology.alerts.webhooks.allow-loopback-http} says so (for tests).
 */
@Repository
class WebhookHosts {

    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?|\\[[0-9a-f:]{2,39}]");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final JdbcTemplate jdbc;
    private final boolean loopbackHttp;

    WebhookHosts(JdbcTemplate jdbc, @Value("${chronology.alerts.webhooks.allow-loopback-http:false}") boolean loopbackHttp) {
        this.jdbc = jdbc;
        this.loopbackHttp = loopbackHttp;
    }

    List<String> all() {
        return jdbc.queryForList("SELECT host FROM webhook_host ORDER BY host", String.class);
    }

    /** Adds a host; returns whether it was new. */
    boolean allow(String host, Instant now) {
        if (all().contains(host)) {
            return false;
        }
        jdbc.update("INSERT INTO webhook_host (host, added_at) VALUES (?, ?)", host, Timestamp.from(now));
        return true;
    }

    boolean remove(String host) {
        return jdbc.update("DELETE FROM webhook_host WHERE host = ?", host) > 0;
    }

    /** A host name as the allow-list keeps it (lower case), or a 400 problem. */
    static String hostName(String host) {
        String lower = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(lower).matches()) {
            throw Problem.invalid("host", "must be a host name or address, without scheme or port");
        }
        return lower;
    }

    /** The target as a URI, refused with a 400 problem unless it may be sent alerts. */
    URI target(String url) {
        URI uri;
        try {
            uri = url == null || url.length() > 2000 ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw Problem.invalid("target", "must be an absolute https URL without user name or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean loopback = "http".equalsIgnoreCase(uri.getScheme()) && loopbackHttp && LOOPBACK.contains(host);
        if (!https && !loopback) {
            throw Problem.invalid("target", "must be an https URL");
        }
        if (!allowed(host)) {
            throw Problem.invalid("target", "names a host that is not on the webhook allow-list an administrator"
                    + " keeps: " + host);
        }
        return uri;
    }

    boolean allowed(String host) {
        return !jdbc.queryForList("SELECT 1 FROM webhook_host WHERE host = ?", Integer.class,
                host.toLowerCase(Locale.ROOT)).isEmpty();
    }
}

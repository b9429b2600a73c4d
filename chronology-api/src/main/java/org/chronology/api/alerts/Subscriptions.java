package org.chronology.api.alerts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Agencies' webhook subscriptions to their own alerts. */
@Repository
class Subscriptions {

    /**
     * A subscription; {@code rules} and {@code children} empty mean all of them. The secret is never shown after
     * creation.
     */
    record Subscription(String subscriptionId, String agency, String targetUrl, List<String> rules,
                        List<String> children, boolean paused, Instant createdAt) {

        boolean matches(String rule, String child) {
            return (rules.isEmpty() || rules.contains(rule)) && (children.isEmpty() || children.contains(child));
        }
    }

    private static final String COLUMNS = "SELECT subscription_id, agency, target_url, rules, children, paused,"
            + " created_at FROM alert_subscription";
    private static final RowMapper<Subscription> VIEW = (rs, row) -> new Subscription(rs.getString(1),
            rs.getString(2), rs.getString(3), words(rs.getString(4)), words(rs.getString(5)), rs.getBoolean(6),
            rs.getTimestamp(7).toInstant());

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(Subscription subscription, String secret) {
        jdbc.update("INSERT INTO alert_subscription (subscription_id, agency, target_url, secret, rules, children,"
                        + " paused, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", subscription.subscriptionId(),
                subscription.agency(), subscription.targetUrl(), secret, String.join(" ", subscription.rules()),
                String.join(" ", subscription.children()), subscription.paused(),
                Timestamp.from(subscription.createdAt()));
    }

    List<Subscription> ofAgency(String agency) {
        return jdbc.query(COLUMNS + " WHERE agency = ? ORDER BY created_at, subscription_id", VIEW, agency);
    }

    Optional<Subscription> find(String subscriptionId) {
        return jdbc.query(COLUMNS + " WHERE subscription_id = ?", VIEW, subscriptionId).stream().findFirst();
    }

    String secret(String subscriptionId) {
        return jdbc.queryForObject("SELECT secret FROM alert_subscription WHERE subscription_id = ?", String.class,
                subscriptionId);
    }

    void pause(String subscriptionId, boolean paused) {
        jdbc.update("UPDATE alert_subscription SET paused = ? WHERE subscription_id = ?", paused, subscriptionId);
    }

    /** Ends the subscription and drops the deliveries still queued for it. */
    void delete(String subscriptionId) {
        jdbc.update("DELETE FROM alert_delivery WHERE subscription_id = ? AND status <> 'delivered'", subscriptionId);
        jdbc.update("DELETE FROM alert_subscription WHERE subscription_id = ?", subscriptionId);
    }

    /** The subscriptions, paused or not, that want alerts of this rule about this child for this agency. */
    List<Subscription> matching(String agency, String rule, String child) {
        return ofAgency(agency).stream().filter(s -> s.matches(rule, child)).toList();
    }

    /** The agencies with a subscription, paused or not, to this rule for this child. */
    Set<String> agenciesFor(String rule, String child) {
        return Set.copyOf(jdbc.query(COLUMNS, VIEW).stream().filter(s -> s.matches(rule, child))
                .map(Subscription::agency).toList());
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }
}

package org.chronology.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a partnership reads of its children, over HTTP: each child's timeline, its "as known to" views of two
 * agencies at given instants, its findings and its turnover. Read on the H2 store before the move and on each
 * PostgreSQL node after it, the answers must be the same.
 */
final class PartnershipViews {

    /** Agencies whose knowledge differs from what they recorded: others send CSC information, or list it. */
    private static final List<String> KNOWN_TO = List.of("CSC", "POLICE");

    private final List<String> children;
    private final List<Instant> instants;

    PartnershipViews(List<String> children, List<Instant> instants) {
        this.children = List.copyOf(children);
        this.instants = List.copyOf(instants);
    }

    /**
     * @param reviewer a reviewer's token for the children
     * @param lead     the lead agency's token, for turnover: a reviewer's turnover of an allocation whose start is
     *                 not known fails (TurnoverController, Allocation.start() null)
     */
    Map<String, JsonNode> read(Http http, String reviewer, String lead) {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        for (String child : children) {
            String at = "/api/v1/children/" + child;
            views.put(child + " timeline", get(http, reviewer, at + "/timeline"));
            for (String agency : KNOWN_TO) {
                for (Instant instant : instants) {
                    views.put(child + " as known to " + agency + " at " + instant,
                            get(http, reviewer, at + "/timeline?knownTo=" + agency + "&asOf=" + instant));
                }
            }
            views.put(child + " gaps", get(http, reviewer, at + "/gaps?asOf=2025-12-31"));
            views.put(child + " turnover", get(http, lead, at + "/turnover"));
        }
        return views;
    }

    /** Every audit record, as the administrator lists them (the listing is audited too). */
    static Set<JsonNode> audit(Http http, String admin) {
        Set<JsonNode> records = new HashSet<>();
        get(http, admin, "/api/v1/audit?limit=10000").forEach(records::add);
        return records;
    }

    private static JsonNode get(Http http, String token, String path) {
        Http.Response response = http.get(token, path);
        if (response.status() != 200) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }
}

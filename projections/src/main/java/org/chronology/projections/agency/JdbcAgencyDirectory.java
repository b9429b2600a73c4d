package org.chronology.projections.agency;

import org.chronology.core.api.event.Sector;
import org.chronology.core.validation.AgencyDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered agencies, read from the {@code agency} table. For validating events, found agencies are cached
 * (every event names one, usually the same few) for a few seconds: a miss always asks the table, so a
 * registration made on another node is seen at once, and a change of sector made there within seconds.
 * Administrators' reads ({@link #find}, {@link #all}) always ask the table.
 */
@Component
public class JdbcAgencyDirectory implements AgencyDirectory {

    private static final RowMapper<AgencyView> ROW = (rs, i) ->
            new AgencyView(rs.getString("code"), rs.getString("name"), Sector.fromCode(rs.getString("sector")));

    private static final long CACHED_NANOS = Duration.ofSeconds(5).toNanos();

    private record Cached(AgencyView agency, long at) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public JdbcAgencyDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Sector> sectorOf(String agencyCode) {
        Cached cached = cache.get(agencyCode);
        if (cached != null && System.nanoTime() - cached.at() < CACHED_NANOS) {
            return Optional.of(cached.agency().sector());
        }
        Optional<AgencyView> found = find(agencyCode);
        found.ifPresent(agency -> cache.put(agency.code(), new Cached(agency, System.nanoTime())));
        return found.map(AgencyView::sector);
    }

    public Optional<AgencyView> find(String code) {
        return jdbc.query("SELECT code, name, sector FROM agency WHERE code = ?", ROW, code).stream().findFirst();
    }

    public List<AgencyView> all() {
        return jdbc.query("SELECT code, name, sector FROM agency ORDER BY code", ROW);
    }

    void forget(String code) {
        cache.remove(code);
    }
}

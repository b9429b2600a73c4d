package org.chronology.projections.agency;

import org.chronology.core.api.event.Sector;
import org.chronology.core.validation.AgencyDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registered agencies, read from the {@code agency} table. Found agencies are cached (every event names one,
 * usually the same few); a miss always asks the table, so a registration made on another node is seen.
 */
@Component
public class JdbcAgencyDirectory implements AgencyDirectory {

    private static final RowMapper<AgencyView> ROW = (rs, i) ->
            new AgencyView(rs.getString("code"), rs.getString("name"), Sector.fromCode(rs.getString("sector")));

    private final JdbcTemplate jdbc;
    private final Map<String, AgencyView> cache = new ConcurrentHashMap<>();

    JdbcAgencyDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Sector> sectorOf(String agencyCode) {
        return find(agencyCode).map(AgencyView::sector);
    }

    public Optional<AgencyView> find(String code) {
        AgencyView cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        List<AgencyView> found = jdbc.query("SELECT code, name, sector FROM agency WHERE code = ?", ROW, code);
        found.forEach(agency -> cache.put(agency.code(), agency));
        return found.stream().findFirst();
    }

    public List<AgencyView> all() {
        return jdbc.query("SELECT code, name, sector FROM agency ORDER BY code", ROW);
    }

    void forget(String code) {
        cache.remove(code);
    }
}

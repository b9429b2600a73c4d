package org.chronology.projections.gaps;

import org.chronology.projections.people.HouseholdLinks;
import org.chronology.projections.sql.InLists;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the stored findings that dashboards count up to date. The timeline projection marks the people whose
 * entries changed; this re-evaluates their children (and the children they share entries with) in the
 * background, each once however many of their entries arrived, so neither ingest nor a dashboard request
 * recomputes every child. A daily pass re-judges recent cases, whose deadlines pass without new events.
 */
@Component
public class FindingsRefresher {

    /**
     * The mark a replay leaves when it starts (no person id can be it): everyone on the timeline is to be judged
     * again once the rebuilt timeline has caught up.
     */
    public static final String EVERYONE = "*";

    private static final int CHUNK = 200;
    private static final int CHILDREN_PER_ROUND = 2_000;
    /**
     * At most this many children per run while a load goes on, so that it is not slowed by re-judging cases
     * meanwhile; once the timeline has caught up, a run judges every marked child.
     */
    private static final int MAX_CHILDREN_PER_RUN_DURING_LOAD = 500;
    /**
     * Children stored per transaction while a load goes on. Every commit is written to disk before it returns (that
     * is what makes an acknowledged event durable), so one commit per child would compete with ingest for the store.
     */
    private static final int CHILDREN_PER_TRANSACTION_DURING_LOAD = 50;
    /**
     * Children stored per transaction otherwise: each commit writes the changed pages of the finding tables again,
     * a fifth of the refresher's CPU after a profiled bulk load with the smaller transactions.
     */
    private static final int CHILDREN_PER_TRANSACTION = 500;
    /** The longest the refresher waits for the timeline to catch up with a bulk load before it judges anyway. */
    private static final Duration LONGEST_WAIT_FOR_LOAD = Duration.ofMinutes(2);

    private final JdbcTemplate jdbc;
    private final HouseholdLinks links;
    private final StoredFindings stored;
    private final CaseFiles caseFiles;
    private final GapEngine engine;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /**
     * Several nodes on one database each schedule this refresher: one at a time runs it, or two would store the
     * same child's findings at once and collide on its keys. Renewed for each chunk, which takes far less.
     */
    private final JobLease lease;
    /**
     * A replay marks every child as it goes: judging them meanwhile would judge half a case, over and over, and
     * take the replay's CPU. The findings stored before stand until the rebuilt timeline has caught up.
     */
    private final TimelineRebuilds rebuilds;
    private final RefreshRound round = new RefreshRound();
    private volatile Instant lastRun;

    public FindingsRefresher(JdbcTemplate jdbc, CaseFiles caseFiles, GapEngine engine, TransactionTemplate transactions,
                             Clock clock, TimelineRebuilds rebuilds) {
        this.jdbc = jdbc;
        this.links = new HouseholdLinks(jdbc);
        this.stored = new StoredFindings(jdbc);
        this.caseFiles = caseFiles;
        this.engine = engine;
        this.transactions = transactions;
        this.clock = clock;
        this.lease = new JobLease(jdbc, "findings-refresh", 120);
        this.rebuilds = rebuilds;
        this.lastRun = clock.instant();
    }

    /**
     * Re-evaluates the children of marked people; returns how many children were evaluated (none when another
     * node holds the lease, or while the timeline is being rebuilt). Marks are only inserted by the projections,
     * so these transactions never make them wait; only the marks read before evaluating are cleared, so a change
     * made meanwhile is not lost.
     */
    @Scheduled(fixedDelayString = "${chronology.findings.refresh-interval:2000}")
    public int refreshMarked() {
        if (rebuilds.timelineRebuilding() || waitsForLoad() || nothingMarked() || !lease.acquire()) {
            return 0;
        }
        try {
            return refreshMarkedHoldingLease();
        } finally {
            lease.release();
        }
    }

    /**
     * Looked for with a read before the lease is taken, which is a write: the refresher looks every 2 s, so that
     * findings follow soon after a load, and on the embedded database a write waits its turn behind ingest's.
     */
    private boolean nothingMarked() {
        return jdbc.queryForList("SELECT 1 FROM finding_mark FETCH FIRST 1 ROWS ONLY").isEmpty();
    }

    /**
     * While the timeline catches up with a bulk load, each batch of a child's entries marks the child again:
     * judging it meanwhile would judge it over and over (in a profiled 200,000-event load, 10-25% of the CPU),
     * taking CPU the load and the timeline need. Its children are judged once the timeline has caught up, or
     * after {@link #LONGEST_WAIT_FOR_LOAD} of a load that goes on.
     */
    private boolean waitsForLoad() {
        Instant now = clock.instant();
        if (rebuilds.timelineCatchingUp() && now.isBefore(lastRun.plus(LONGEST_WAIT_FOR_LOAD))) {
            return true;
        }
        lastRun = now;
        return false;
    }

    /**
     * Judges the marked people's children round by round: a round gathers the children of marked people (in
     * chunks of {@link #CHUNK} people) until it holds {@link #CHILDREN_PER_ROUND}, so that a child named by many
     * marked people (its own entries, its mother's, its siblings') is judged once, not once per chunk.
     */
    private int refreshMarkedHoldingLease() {
        markEveryoneIfAsked();
        int evaluated = 0;
        String after = "";
        while ((evaluated < MAX_CHILDREN_PER_RUN_DURING_LOAD || !rebuilds.timelineCatchingUp())
                && !rebuilds.timelineRebuilding() && lease.acquire()) {
            Set<String> children = new LinkedHashSet<>();
            List<Object[]> dealtWith = new ArrayList<>();
            long marksInRound = 0;
            List<Map<String, Object>> marks;
            while (children.size() < CHILDREN_PER_ROUND && !(marks = marksAfter(after)).isEmpty()) {
                List<String> people = marks.stream().map(m -> (String) m.get("person_id")).toList();
                children.addAll(childrenOf(people));
                marks.forEach(mark -> dealtWith.add(new Object[]{mark.get("person_id"), mark.get("position")}));
                marksInRound += marks.stream().mapToLong(mark -> ((Number) mark.get("marks")).longValue()).sum();
                after = people.get(people.size() - 1);
            }
            if (dealtWith.isEmpty()) {
                break;
            }
            round.start(marksInRound, children.size());
            try {
                judge(List.copyOf(children));
                round.end(() -> transactions.executeWithoutResult(status -> jdbc.batchUpdate(
                        "DELETE FROM finding_mark WHERE person_id = ? AND position <= ?", dealtWith)));
            } finally {
                round.end(() -> { }); // if judging failed: its marks stay for the next run
            }
            evaluated += children.size();
        }
        return evaluated;
    }

    private void judge(List<String> children) {
        LocalDate today = LocalDate.now(clock);
        int perTransaction = rebuilds.timelineCatchingUp() ? CHILDREN_PER_TRANSACTION_DURING_LOAD
                : CHILDREN_PER_TRANSACTION;
        for (int from = 0; from < children.size(); from += perTransaction) {
            List<String> group = children.subList(from, Math.min(children.size(), from + perTransaction));
            // Judged before the transaction, which then only writes, and on every core: judging is pure, and
            // reading case files waits on the database as much as it computes.
            Map<String, List<Finding>> findings = new ConcurrentHashMap<>();
            group.parallelStream().forEach(child -> findings.put(child,
                    engine.evaluate(caseFiles.caseFile(child), today)));
            transactions.executeWithoutResult(status -> stored.replace(findings, today));
            round.stored(group.size());
        }
    }

    /** Turns a replay's mark for {@link #EVERYONE} into a mark for each person on the rebuilt timeline. */
    private void markEveryoneIfAsked() {
        // Looked for with a read: a DELETE on every run would take the embedded database's write turn each time.
        if (jdbc.queryForList("SELECT 1 FROM finding_mark WHERE person_id = ?", EVERYONE).isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM finding_mark WHERE person_id = ?", EVERYONE);
            jdbc.update("INSERT INTO finding_mark (person_id, position)"
                    + " SELECT DISTINCT person_id, 0 FROM timeline_person");
        });
    }

    /** Marks not yet dealt with: none means every child's findings reflect the timeline as it stands. */
    public long pendingMarks() {
        Long marks = jdbc.queryForObject("SELECT COUNT(*) FROM finding_mark", Long.class);
        return marks == null ? 0 : marks;
    }

    /** Marks not yet judged: those pending, less the share of the round being judged that is stored already. */
    public long marksLeft() {
        return round.left(this::pendingMarks);
    }

    /** The next chunk of marked people after {@code after}: the last position each was marked at, and their marks. */
    private List<Map<String, Object>> marksAfter(String after) {
        return jdbc.queryForList("SELECT person_id, MAX(position) AS position, COUNT(*) AS marks FROM finding_mark"
                + " WHERE person_id > ? GROUP BY person_id ORDER BY person_id FETCH FIRST " + CHUNK + " ROWS ONLY",
                after);
    }

    /** Marks every child with an entry dated in the last year, so that findings that come with time appear. */
    @Scheduled(cron = "${chronology.findings.daily-cron:0 30 2 * * *}")
    public void markRecentCases() {
        jdbc.update("INSERT INTO finding_mark (person_id, position) SELECT DISTINCT p.person_id, 0 FROM timeline_person p"
                + " JOIN timeline_entry e ON e.entry_id = p.entry_id WHERE p.is_child = TRUE AND e.occurred_to >= ?",
                Date.valueOf(LocalDate.now(clock).minusYears(1)));
    }

    /**
     * The children among {@code people} and the children who share an entry with any of them: each entry lists
     * its children, space-separated, so that no index of people by entry need be written with every entry. Also
     * those of {@code people} with findings but no entry left (corrections moved every entry to another child),
     * so that their findings go. A case file holds the entries of the people related to its household by
     * relationships, so the children of those people are looked at again too.
     */
    private Set<String> childrenOf(List<String> people) {
        Set<String> children = links.children(links.related(people, true), true);
        String in = " IN (" + InLists.placeholders(people.size()) + ")";
        jdbc.query("SELECT DISTINCT child_id FROM finding WHERE child_id" + in,
                (RowCallbackHandler) rs -> children.add(rs.getString(1)), people.toArray());
        return children;
    }
}

package org.chronology.projections.gaps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
     * a fifth of the refresher's CPU after a profiled bulk load with the smaller transactions; a larger one holds
     * the write turn longer, which reads' audit records wait for.
     */
    private static final int CHILDREN_PER_TRANSACTION = 200;
    /** The longest the refresher waits for the timeline to catch up with a bulk load before it judges anyway. */
    private static final Duration LONGEST_WAIT_FOR_LOAD = Duration.ofMinutes(2);

    private final FindingMarks marks;
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
        this.marks = new FindingMarks(jdbc, transactions);
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
        if (rebuilds.timelineRebuilding() || waitsForLoad() || marks.none() || !lease.acquire()) {
            return 0;
        }
        try {
            return refreshMarkedHoldingLease();
        } finally {
            lease.release();
        }
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

    /** Judges the marked people's children round by round (see {@link FindingMarks#next}). */
    private int refreshMarkedHoldingLease() {
        marks.markEveryoneIfAsked();
        int evaluated = 0;
        String after = "";
        while ((evaluated < MAX_CHILDREN_PER_RUN_DURING_LOAD || !rebuilds.timelineCatchingUp())
                && !rebuilds.timelineRebuilding() && lease.acquire()) {
            FindingMarks.Round next = marks.next(after, CHILDREN_PER_ROUND);
            if (next.marks().isEmpty()) {
                break;
            }
            round.start(next.count(), next.children().size());
            try {
                judge(next.children());
            } catch (RuntimeException e) {
                round.end(() -> { }); // its marks stay for the next run
                throw e;
            }
            round.end(() -> marks.clear(next));
            evaluated += next.children().size();
            after = next.last();
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

    /** Marks not yet dealt with: none means every child's findings reflect the timeline as it stands. */
    public long pendingMarks() {
        return marks.pending();
    }

    /** Marks not yet judged: those pending, less the share of the round being judged that is stored already. */
    public long marksLeft() {
        return round.left(this::pendingMarks);
    }

    /** Marks every child with an entry dated in the last year, so that findings that come with time appear. */
    @Scheduled(cron = "${chronology.findings.daily-cron:0 30 2 * * *}")
    public void markRecentCases() {
        marks.markChildrenSeenSince(LocalDate.now(clock).minusYears(1));
    }
}

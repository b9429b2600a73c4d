package org.chronology.api.gaps;

import org.chronology.api.projection.ProjectionProgress;
import org.chronology.api.security.Reading;
import org.chronology.projections.gaps.CaseFiles;
import org.chronology.projections.gaps.Finding;
import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.timeline.TimelineProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A child's findings as a reader may see them. A reviewer sees the findings that arose within the review period
 * and, as their evidence, only the entries the review shows ({@code visibleEventIds}). Findings judge the whole
 * household, whose entries other people's reads do not wait for: so these wait for the timeline to hold every
 * acknowledged entry, or a parent's date of birth posted a moment before could be missing from the judgement.
 */
@Component
public class FindingsView {

    private final CaseFiles caseFiles;
    private final GapEngine engine;
    private final ProjectionProgress progress;

    FindingsView(CaseFiles caseFiles, GapEngine engine, ProjectionProgress progress) {
        this.caseFiles = caseFiles;
        this.engine = engine;
        this.progress = progress;
    }

    /** The findings as the case stood on {@code asOf}, of everything known now. */
    public List<Finding> findings(String childId, LocalDate asOf, Reading reading, Set<String> visibleEventIds) {
        return findings(childId, asOf, null, reading, visibleEventIds);
    }

    /**
     * The findings as the case stood on {@code asOf}: of everything known now, or, given {@code knownAt}, of what
     * had been recorded by that instant.
     */
    public List<Finding> findings(String childId, LocalDate asOf, Instant knownAt, Reading reading,
                                  Set<String> visibleEventIds) {
        progress.awaitCatchUp(TimelineProjection.GROUP);
        List<Finding> findings = engine.evaluate(caseFiles.caseFile(childId, knownAt), asOf);
        if (reading.scope() != Reading.Scope.REVIEW) {
            return findings;
        }
        return findings.stream()
                .filter(f -> reading.overlaps(f.date(), end(f)))
                .map(f -> new Finding(f.rule(), f.category(), f.severity(), f.occurredAt(), f.date(), f.agencies(),
                        f.evidence().stream().filter(visibleEventIds::contains).toList(), f.explanation()))
                .toList();
    }

    /** The last day a finding's date allows: a finding dated {@code 2018-03} may have arisen on the 31st. */
    private static LocalDate end(Finding finding) {
        String when = finding.occurredAt();
        if (when != null && when.matches("\\d{4}")) {
            return finding.date().withDayOfYear(finding.date().lengthOfYear());
        }
        if (when != null && when.matches("\\d{4}-\\d{2}")) {
            return YearMonth.from(finding.date()).atEndOfMonth();
        }
        return finding.date();
    }
}

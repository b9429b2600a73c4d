package org.chronology.projections.alerts;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Parameter;
import org.chronology.projections.gaps.Parameters;

import java.time.LocalDate;
import java.util.List;

/**
 * One alert rule: a pure function from a child's case file, holding the entry just recorded, to the alerts that
 * entry calls for. Unlike a gap rule, which is judged over the whole file, it judges the one new entry.
 */
public interface AlertRule {

    AlertRuleInfo info();

    List<AlertSignal> judge(CaseFile file, CaseEvent recorded, LocalDate today, Parameters parameters);

    default String name() {
        return info().name();
    }

    default List<Parameter> parameters() {
        return info().parameters();
    }
}

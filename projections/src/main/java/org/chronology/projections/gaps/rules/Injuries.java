package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;
import org.chronology.projections.gaps.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules' reading of a suspected non-accidental injury (NAI) and of the pathway that must follow it: which
 * entries raise the suspicion, how they group into one episode, and which entries show that the police, the lead
 * agency or a safety arrangement followed.
 */
public final class Injuries {

    /** Entries that send information to agencies they name (see {@link #sentTo}). */
    static final String[] SENDING = {"info.shared", "referral.made", "escalation.raised", "police.notified",
        "concern.recorded"};
    private static final String[] SAFETY_ARRANGEMENTS = {"child.accommodated", "placement.started",
        "police.protection", "court.order", "written_agreement.made"};

    /** Suspicions of one child within this many days of the last make one episode. */
    static final int EPISODE_DAYS = 14;

    private Injuries() {
    }

    /**
     * Whether the entry raises a suspicion of non-accidental injury: an ED attendance, injury observed or diagnosed
     * or child protection medical stating details.suspectedNAI = true, or an injury observed or diagnosed in a
     * child recorded as not mobile (details.childMobile = false), which the bruising protocols treat as suspicious
     * unless the entry states details.suspectedNAI = false.
     */
    public static boolean suspected(CaseEvent e) {
        if (e.suspectsNonAccidentalInjury()
                || (e.is("medical.cp_medical") && Boolean.TRUE.equals(e.flag("suspectedNAI")))) {
            return true;
        }
        return e.is("injury.observed", "injury.diagnosed") && Boolean.FALSE.equals(e.flag("childMobile"))
                && !Boolean.FALSE.equals(e.flag("suspectedNAI"));
    }

    /** Whether the suspicion concerns a child recorded as not mobile. */
    static boolean nonMobile(CaseEvent e) {
        return Boolean.FALSE.equals(e.flag("childMobile"));
    }

    /**
     * The child's suspected-NAI entries grouped into episodes, in date order: an entry that can have happened within
     * {@link #EPISODE_DAYS} of the episode's last one belongs to it.
     */
    static List<List<CaseEvent>> episodes(CaseFile file) {
        List<List<CaseEvent>> episodes = new ArrayList<>();
        List<CaseEvent> current = null;
        LocalDate last = null;
        for (CaseEvent e : file.own()) {
            if (!suspected(e)) {
                continue;
            }
            if (current != null && !e.earliest().isAfter(last.plusDays(EPISODE_DAYS))) {
                current.add(e);
                last = e.latest().isAfter(last) ? e.latest() : last;
            } else {
                current = new ArrayList<>(List.of(e));
                episodes.add(current);
                last = e.latest();
            }
        }
        return episodes;
    }

    /**
     * Whether the child was certainly under {@code age} on the entry's last possible day: its date of birth
     * (person.recorded) or its own health.birth makes it so.
     */
    public static Optional<LocalDate> bornUnder(CaseFile file, CaseEvent at, Span age) {
        Optional<LocalDate> born = born(file);
        return born.filter(b -> !b.isAfter(at.latest()) && at.latest().isBefore(age.after(b, file.calendar())));
    }

    /**
     * The child's date of birth: the first day it can have been born on, so that "under an age" read from it is
     * never wrong (person.recorded's dateOfBirth, a month or year read as its first day, else its health.birth).
     */
    static Optional<LocalDate> born(CaseFile file) {
        Optional<LocalDate> recorded = file.household().dateOfBirth(file.childId());
        if (recorded.isPresent()) {
            return recorded;
        }
        return file.own("health.birth").stream().map(CaseEvent::earliest).findFirst();
    }

    /**
     * Whether the entry shows that police knew: police.notified, any police.* entry by a police agency, a strategy
     * discussion or meeting convened by, inviting or attended by police, or info.shared / referral.made / an
     * escalation sent to police.
     */
    static boolean policeKnows(CaseFile file, CaseEvent e) {
        if (e.type().startsWith("police.")) {
            return e.is("police.notified") || by(e, file::isPolice);
        }
        if (e.is("strategy.discussion", "strategy.meeting")) {
            return by(e, file::isPolice) || Partners.present(file, e).stream().anyMatch(file::isPolice);
        }
        return sentTo(file, e, file::isPolice);
    }

    /** Whether the entry's recording or acting agency is one the predicate accepts (without building a set). */
    static boolean by(CaseEvent e, Predicate<String> agency) {
        return agency.test(e.recordingAgency()) || (e.actingAgency() != null && agency.test(e.actingAgency()));
    }

    /**
     * Whether the entry shows that the lead agency (children's social care or its front door) knew: any entry it
     * recorded or acted in, or info.shared / referral.made / police.notified sent to it.
     */
    static boolean leadKnows(CaseFile file, CaseEvent e) {
        return file.byLead(e) || sentTo(file, e, file::isLead);
    }

    /** Whether the entry sent information to an agency {@code agency} accepts; asked of every entry, so cheap for most. */
    static boolean sentTo(CaseFile file, CaseEvent e, Predicate<String> agency) {
        return e.is(SENDING) && sentTo(file, e).stream().anyMatch(agency);
    }

    /** The agencies an entry sent information to: details.to, details.referredTo, concern.recorded's sharedWith. */
    static Set<String> sentTo(CaseFile file, CaseEvent e) {
        if (!e.is(SENDING)) {
            return Set.of();
        }
        Set<String> to = new LinkedHashSet<>(file.agencyCodes(e, "to"));
        to.addAll(file.agencyCodes(e, "referredTo"));
        to.addAll(file.agencyCodes(e, "sharedWith"));
        return to;
    }

    /**
     * Whether the entry records an arrangement that keeps the child safe from the household: the child
     * accommodated or placed, police protection, a court order, a written agreement, or bail conditions on an
     * arrest.
     */
    static boolean safetyArrangement(CaseEvent e) {
        return e.is(SAFETY_ARRANGEMENTS) || (e.is("police.arrest") && e.stated("bailConditions"));
    }

    /** The entries that match, in order: select once, then look up windows in the short list. */
    static List<CaseEvent> select(List<CaseEvent> events, Predicate<CaseEvent> matches) {
        List<CaseEvent> selected = new ArrayList<>();
        for (CaseEvent e : events) {
            if (matches.test(e)) {
                selected.add(e);
            }
        }
        return selected;
    }

    /** The first of the entries that can have happened between the two days, inclusive. */
    static Optional<CaseEvent> between(List<CaseEvent> events, LocalDate from, LocalDate to) {
        for (CaseEvent e : events) {
            if (e.earliest().isAfter(to)) {
                break; // entries are in order of their first possible day
            }
            if (!e.latest().isBefore(from)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The start among {@code startsAndEnds} (the child's started and ended entries of one kind, in order) still open
     * at {@code at}: as {@link CaseFile#openAt}, on a list selected once.
     */
    static Optional<CaseEvent> openAt(List<CaseEvent> startsAndEnds, CaseEvent at, String started) {
        CaseEvent open = null;
        for (CaseEvent e : startsAndEnds) {
            if (e.date().isAfter(at.date())) {
                break;
            }
            if (e != at) {
                open = e.is(started) ? e : null;
            }
        }
        return Optional.ofNullable(open);
    }

    /** The agencies of the entries, in order. */
    static Set<String> agencies(List<CaseEvent> events) {
        Set<String> agencies = new LinkedHashSet<>();
        events.forEach(e -> agencies.addAll(e.agencies()));
        return agencies;
    }

    /** The ids of the entries, in order. */
    static List<String> ids(List<CaseEvent> events) {
        return new ArrayList<>(events.stream().map(CaseEvent::eventId).toList());
    }
}

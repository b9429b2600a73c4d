package org.chronology.projections.gaps.rules;

import org.chronology.projections.gaps.CaseEvent;
import org.chronology.projections.gaps.CaseFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules' reading of worker.allocated and worker.left: which role, and for whom. */
public final class Workers {

    public static final String SW = "SOCIAL_WORKER";
    static final String PA = "PERSONAL_ADVISER";
    private static final Pattern NOT_LETTERS = Pattern.compile("[^A-Z]+");

    private Workers() {
    }

    /**
     * The roles an entry's worker holds: the envelope's worker role code, and details.role (a text such as "SW",
     * "social worker" or "SW and PA", so that one entry can record a social worker and a personal adviser leaving).
     */
    static Set<String> roles(CaseEvent event) {
        Set<String> roles = new LinkedHashSet<>();
        read(event.workerRole(), roles);
        read(event.text("role"), roles);
        return roles;
    }

    private static void read(String text, Set<String> roles) {
        if (text == null) {
            return;
        }
        if (text.equals(SW) || text.equals(PA)) {
            roles.add(text); // the envelope's role code, as nearly every entry gives it
            return;
        }
        String words = " " + NOT_LETTERS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ").trim() + " ";
        if (words.contains(" SW ") || words.contains(" SOCIAL WORKER ")) {
            roles.add(SW);
        }
        if (words.contains(" PA ") || words.contains(" PERSONAL ADVISER ") || words.contains(" PERSONAL ADVISOR ")) {
            roles.add(PA);
        }
    }

    /**
     * Whether a worker entry is about this file's child: the person of details.forPerson when stated (the twins'
     * worker is not their mother's), else the entry's children.
     */
    static boolean forChild(CaseFile file, CaseEvent event) {
        List<String> forPerson = event.texts("forPerson");
        return forPerson.isEmpty() ? event.children().contains(file.childId()) : forPerson.contains(file.childId());
    }

    /** The child's own worker.allocated and worker.left entries for a worker of {@code role}, in date order. */
    public static List<CaseEvent> changes(CaseFile file, String role) {
        return file.events("worker.allocated", "worker.left").stream()
                .filter(e -> forChild(file, e) && roles(e).contains(role)).toList();
    }
}

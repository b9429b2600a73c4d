package org.chronology.client.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.chronology.client.imports.AnnexAField.*;

/**
 * The Ofsted Annex A lists the import understands, and the catalogue events each row becomes
 * (ANNEX-A-MAPPING.md in this module explains every choice). Each list is recognised by its key date column.
 */
public enum AnnexAList {

    CONTACTS(1, "contacts", CONTACT_DATE) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            String source = row.text(CONTACT_SOURCE);
            out.add(new Planned("referral.made", row.date(CONTACT_DATE, true),
                    "Contact received" + (source == null ? "" : " from " + source),
                    details("stage", "contact", "referrer", source)));
        }
    },
    REFERRALS(3, "referrals", REFERRAL_DATE) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            String date = row.date(REFERRAL_DATE, true);
            String source = row.text(REFERRAL_SOURCE);
            out.add(new Planned("referral.made", date, "Referral received" + (source == null ? "" : " from " + source),
                    details("stage", "referral", "referrer", source, "allocatedTeam", row.text(ALLOCATED_TEAM),
                            "allocatedWorker", row.text(ALLOCATED_WORKER))));
            if ("yes".equals(row.answer(REFERRAL_NFA))) {
                // Annex A gives no date for the decision: the referral's date is the earliest it can have been.
                out.add(new Planned("referral.decision", date, "Referral closed with no further action",
                        details("decision", "nfa"), "Annex A gives no decision date: the referral date is used"));
            }
        }
    },
    ASSESSMENTS(4, "assessments", ASSESSMENT_START) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            out.add(new Planned("assessment.started", row.date(ASSESSMENT_START, true),
                    "Child and family assessment started", details("kind", "child_and_family",
                    "allocatedTeam", row.text(ALLOCATED_TEAM), "allocatedWorker", row.text(ALLOCATED_WORKER))));
            String authorised = row.date(ASSESSMENT_AUTHORISED, false);
            if (authorised != null) {
                String needsSupport = row.answer(NEEDS_SUPPORT);
                out.add(new Planned("assessment.completed", authorised, "Child and family assessment authorised"
                        + ("yes".equals(needsSupport) ? ": the child needs children's social care support"
                        : "no".equals(needsSupport) ? ": no children's social care support needed" : ""),
                        details("kind", "child_and_family", "childSeen", row.answer(CHILD_SEEN_IN_ASSESSMENT),
                                "needsSocialCareSupport", needsSupport)));
            }
        }
    },
    SECTION_47(5, "section 47 enquiries and ICPCs", S47_START) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            out.add(new Planned("s47.started", row.date(S47_START, true),
                    "Section 47 enquiry started, following a strategy discussion",
                    details("icpcDeemedUnnecessary", row.answer(ICPC_UNNECESSARY),
                            "allocatedTeam", row.text(ALLOCATED_TEAM), "allocatedWorker", row.text(ALLOCATED_WORKER))));
            String conference = row.date(ICPC_DATE, false);
            if (conference != null) {
                String plan = row.answer(ICPC_PLAN);
                out.add(new Planned("conference.initial", conference, "Initial child protection conference"
                        + ("yes".equals(plan) ? ": child protection plan" : "no".equals(plan) ? ": no child protection plan" : ""),
                        details("outcome", "yes".equals(plan) ? "cp_plan" : null, "resultedInCpPlan", plan)));
            }
        }
    },
    CP_PLANS(7, "child protection plans", CP_START) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            String initial = row.text(INITIAL_CATEGORY);
            out.add(new Planned("cp_plan.started", row.date(CP_START, true), "Child protection plan started"
                    + (initial == null ? "" : " (" + initial + ")"), details("category", initial,
                    "allocatedTeam", row.text(ALLOCATED_TEAM), "allocatedWorker", row.text(ALLOCATED_WORKER))));
            String review = row.date(LATEST_REVIEW_CONFERENCE, false);
            if (review != null) {
                out.add(new Planned("conference.review", review, "Child protection review conference", details()));
            }
            String visit = row.date(LAST_STATUTORY_VISIT, false);
            if (visit != null) {
                String alone = row.answer(SEEN_ALONE);
                out.add(new Planned("visit.home", visit, "Statutory child protection visit"
                        + ("yes".equals(alone) ? ": child seen alone" : "no".equals(alone) ? ": child not seen alone" : ""),
                        details("statutory", true, "seenAlone", alone)));
            }
            String end = row.date(CP_END, false);
            if (end != null) {
                String latest = row.text(LATEST_CATEGORY);
                out.add(new Planned("cp_plan.ended", end, "Child protection plan ended"
                        + (latest == null ? "" : " (" + latest + ")"), details("category", latest)));
            }
        }
    },
    LOOKED_AFTER(8, "children looked after", CLA_START) {
        @Override
        void events(AnnexARow row, List<Planned> out) {
            String status = row.text(LEGAL_STATUS);
            out.add(new Planned("child.accommodated", row.date(CLA_START, true), "Started to be looked after"
                    + (status == null ? "" : " (" + status + ")"), details("legalStatus", status,
                    "categoryOfNeed", row.text(CATEGORY_OF_NEED), "allocatedTeam", row.text(ALLOCATED_TEAM),
                    "allocatedWorker", row.text(ALLOCATED_WORKER))));
            String review = row.date(LATEST_STATUTORY_REVIEW, false);
            if (review != null) {
                out.add(new Planned("lac.review", review, "Looked-after statutory review", details()));
            }
            String visit = row.date(LAST_SOCIAL_WORK_VISIT, false);
            if (visit != null) {
                out.add(new Planned("visit.home", visit, "Social work visit to a looked-after child",
                        details("statutory", true)));
            }
            String end = row.date(CLA_END, false);
            if (end != null) {
                String reason = row.text(CLA_END_REASON);
                // The catalogue has no "ceased to be looked after"; service.withdrawn is the nearest, and no gap
                // rule reads it as the case closing.
                out.add(new Planned("service.withdrawn", end, "Ceased to be looked after"
                        + (reason == null ? "" : " (" + reason + ")"), details("service", "looked_after",
                        "reasonCeased", reason)));
            }
        }
    };

    /** An event a row becomes; {@code dateBasis} is set when its date is inferred rather than stated. */
    record Planned(String type, String occurredAt, String summary, Map<String, Object> details, String dateBasis) {

        Planned(String type, String occurredAt, String summary, Map<String, Object> details) {
            this(type, occurredAt, summary, details, null);
        }
    }

    private final int number;
    private final String title;
    private final AnnexAField key;

    AnnexAList(int number, String title, AnnexAField key) {
        this.number = number;
        this.title = title;
        this.key = key;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    AnnexAField key() {
        return key;
    }

    /** The events a row becomes; problems found in its cells are left in the row. */
    List<Planned> events(AnnexARow row) {
        List<Planned> out = new ArrayList<>();
        events(row, out);
        return out;
    }

    abstract void events(AnnexARow row, List<Planned> out);

    public static AnnexAList numbered(int number) {
        for (AnnexAList list : values()) {
            if (list.number == number) {
                return list;
            }
        }
        throw new IllegalArgumentException("Annex A list " + number + " is not supported; supported lists are 1, 3, 4, 5, 7 and 8");
    }

    /** Details without the keys whose value is unknown. */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                details.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return details;
    }
}

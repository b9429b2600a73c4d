package org.chronology.client.imports;

import java.util.List;
import java.util.Locale;

/**
 * The Annex A columns the import reads, each with the header names it is known by: the published
 * guidance's (as in Social Finance's liia-tools schema) first, then common variants. Headers are compared
 * after {@link #normalise}: case, punctuation, apostrophes and a trailing "(Y/N)" do not matter.
 */
enum AnnexAField {
    CHILD_ID("Child Unique ID", "Child ID", "Unique Child ID", "Child Identifier"),
    CONTACT_DATE("Date of Contact", "Contact Date"),
    CONTACT_SOURCE("Contact Source", "Source of Contact"),
    REFERRAL_DATE("Date of referral", "Referral Date"),
    REFERRAL_SOURCE("Referral Source", "Source of Referral"),
    REFERRAL_NFA("Referral NFA?", "Referral NFA"),
    ASSESSMENT_START("Continuous Assessment Start Date", "Assessment start date", "Assessment Start"),
    ASSESSMENT_AUTHORISED("Continuous Assessment Date of Authorisation", "Assessment authorisation date",
            "Assessment authorised date", "Assessment Date of Authorisation", "Assessment completion date"),
    CHILD_SEEN_IN_ASSESSMENT("Child Seen During Continuous Assessment", "Child seen during assessment"),
    NEEDS_SUPPORT("Was the child assessed as requiring LA children's social care support?"),
    S47_START("Strategy discussion initiating Section 47 Enquiry Start Date", "Section 47 Enquiry Start Date",
            "S47 Start Date"),
    ICPC_UNNECESSARY("Was an Initial Child Protection Conference deemed unnecessary?"),
    ICPC_DATE("Date of Initial Child Protection Conference", "ICPC Date"),
    ICPC_PLAN("Did the Initial Child Protection Conference Result in a Child Protection Plan"),
    CP_START("Child Protection Plan Start Date", "CP Plan Start Date"),
    CP_END("Child Protection Plan End Date", "CP Plan End Date"),
    INITIAL_CATEGORY("Initial Category of Abuse"),
    LATEST_CATEGORY("Latest Category of Abuse"),
    LAST_STATUTORY_VISIT("Date of the Last Statutory Visit", "Date of Last Statutory Visit"),
    SEEN_ALONE("Was the Child Seen Alone?"),
    LATEST_REVIEW_CONFERENCE("Date of latest review conference"),
    CLA_START("Date Started to be Looked After", "CLA Start Date", "Date Started Looked After"),
    CLA_END("Date Ceased to be Looked After", "CLA End Date", "Date Ceased Looked After"),
    CLA_END_REASON("Reason Ceased to be Looked After", "CLA End Reason"),
    LEGAL_STATUS("Child's Legal Status", "Legal Status"),
    CATEGORY_OF_NEED("Child's Category of Need", "Category of Need"),
    LATEST_STATUTORY_REVIEW("Date of Latest Statutory Review"),
    LAST_SOCIAL_WORK_VISIT("Date of Last Social Work Visit"),
    ALLOCATED_TEAM("Allocated Team"),
    ALLOCATED_WORKER("Allocated Worker");

    private final List<String> names;

    AnnexAField(String... names) {
        this.names = List.of(names);
    }

    /** The name the published guidance uses, for messages. */
    String title() {
        return names.get(0);
    }

    boolean matches(String header) {
        String normalised = normalise(header);
        return names.stream().anyMatch(name -> normalise(name).equals(normalised));
    }

    static String normalise(String header) {
        String plain = header.toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", " ").strip();
        return plain.endsWith(" y n") ? plain.substring(0, plain.length() - 4) : plain;
    }
}

package org.chronology.core.validation;

import java.util.List;
import java.util.regex.Pattern;

/** The identifier syntaxes of the contract, checked the same way wherever an id appears. */
public final class Codes {

    public static final Pattern AGENCY_CODE = Pattern.compile("[A-Z0-9-]{2,32}");
    public static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    public static final Pattern PERSON_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    public static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    private Codes() {
    }

    public static boolean isAgencyCode(String value) {
        return value != null && AGENCY_CODE.matcher(value).matches();
    }

    /** Checks every element of an optional list of agency codes. */
    public static void checkAgencyCodes(List<String> codes, String field, FieldErrors errors) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!isAgencyCode(codes.get(i))) {
                errors.add(field + "[" + i + "]", "must be an agency code of 2-32 characters A-Z, 0-9 and -");
            }
        }
    }
}

package org.chronology.api.workspace;

import org.chronology.core.validation.Codes;

/** An entry is named across agencies by {@code agency:eventId} (event ids are unique only within an agency). */
final class EntryKeys {

    private EntryKeys() {
    }

    static boolean wellFormed(String key) {
        int colon = key.indexOf(':');
        return colon > 0 && Codes.isAgencyCode(key.substring(0, colon))
                && Codes.EVENT_ID.matcher(key.substring(colon + 1)).matches();
    }
}

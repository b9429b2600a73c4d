package org.chronology.core.api.workspace;

/** A reviewer's verdict on a rule's finding. */
public enum Verdict {
    CONFIRMED, DISMISSED
}

package org.chronology.core.api.workspace;

/**
 * What a reviewer's own finding is about: the patterns that need judgement (domain.md §c, "advisory only"), or
 * another concern the reviewer describes in words.
 */
public enum AdvisoryPattern {
    PHYSICAL_HARM_NOT_CONSIDERED, CULTURE_NOT_ASSESSED, SUPERVISION_QUALITY, OTHER
}

/**
 * The review workspace: a reviewer's notes, own findings, triage of the rules' findings and decisions on which
 * entries record one happening. These are events of the review's own stream, kept apart from the agencies' facts
 * (domain.md §d): nothing here changes an entry, and no gap rule reads them.
 */
package org.chronology.core.api.workspace;

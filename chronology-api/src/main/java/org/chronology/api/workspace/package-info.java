/** The review workspace: reviewers' notes, triage and merged rows. */
package org.chronology.api.workspace;

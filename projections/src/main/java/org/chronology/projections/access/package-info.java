/** Read models of access: involvement, grants and the audit. */
package org.chronology.projections.access;

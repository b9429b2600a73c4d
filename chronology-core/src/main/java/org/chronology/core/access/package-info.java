/** Aggregates of access: tokens, reviews and grants. */
package org.chronology.core.access;

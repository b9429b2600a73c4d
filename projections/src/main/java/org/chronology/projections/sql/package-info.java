/** SQL helpers: IN lists of any length. */
package org.chronology.projections.sql;

/** Dashboard aggregates. */
package org.chronology.projections.dashboard;

/** Gap findings: a household's case file, the refresher and the findings table. */
package org.chronology.projections.gaps;

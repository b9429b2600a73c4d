/** People, relationships and households read models. */
package org.chronology.projections.people;

/** People, relationships and households. */
package org.chronology.api.people;

/** The agency directory read model. */
package org.chronology.projections.agency;

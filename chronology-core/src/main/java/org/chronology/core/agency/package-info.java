/** The agency aggregate. */
package org.chronology.core.agency;

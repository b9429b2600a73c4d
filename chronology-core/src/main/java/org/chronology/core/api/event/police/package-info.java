/** Events of the police. */
package org.chronology.core.api.event.police;

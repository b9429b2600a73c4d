/** Events of multi-agency meetings. */
package org.chronology.core.api.event.meeting;

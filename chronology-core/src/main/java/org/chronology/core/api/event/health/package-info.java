/** Events of health services. */
package org.chronology.core.api.event.health;

/** Events of contact: visits and appointments. */
package org.chronology.core.api.event.contact;
